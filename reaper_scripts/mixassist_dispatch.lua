-- @noindex
-- mixassist_dispatch.lua: the command allowlist of the MixAssist bridge (pure Lua, no reaper.* inside).
--
-- A command file can do exactly what ACTIONS lists, with bounded values, on a track named by GUID:
-- nothing in a file can run an arbitrary action or code. check() validates a decoded command and
-- resolves its target through a `host` (the REAPER-facing adapter of MixAssist_Bridge.lua, or a test
-- double); apply() then makes the change and reports before/after. The bridge calls check() outside
-- the undo block, so a rejected command leaves no empty undo point, and apply() inside it.
--
-- host interface (all indices 0-based, as in REAPER's TrackFX_* API):
--   host.find_track(guid) -> track or nil          host.track_name(tr) -> string
--   host.get_volume_db(tr) -> dB or nil (-inf)     host.set_volume_db(tr, db)
--   host.get_pan(tr) / set_pan(tr, p)               host.get_mute(tr) / set_mute(tr, bool)
--   host.get_solo(tr) / set_solo(tr, bool)          host.fx_count(tr)
--   host.get_fx_enabled(tr, fx) / set_fx_enabled(tr, fx, bool)
--   host.param_count(tr, fx)                        host.get_param(tr, fx, p) -> value, formatted
--   host.set_param(tr, fx, p, value)                host.automation_note(tr, what) -> string or nil
--   host.last_undo_label() -> string or nil         host.undo() -> true when REAPER undid a step

local util = require("mixassist_util")

local dispatch = {}

dispatch.SCHEMA = "mixassist.command/1"
dispatch.RESPONSE_SCHEMA = "mixassist.response/1"
dispatch.VOLUME_MIN_DB = -60.0
dispatch.VOLUME_MAX_DB = 12.0
dispatch.NUDGE_MAX_DB = 12.0
dispatch.UNDO_LABEL_MAX = 200

local function bool_value(v)
  if v == true or v == 1 then
    return true
  elseif v == false or v == 0 then
    return false
  end
  return nil
end

-- A track switch (mute, solo): one shape, so both actions check, read, write and describe alike.
local function switch_action(field, getter, setter, on_word, off_word)
  return {
    check = function(cmd)
      local b = bool_value(cmd.value)
      if b == nil then
        return nil, field .. " value must be 0, 1, true or false"
      end
      return { value = b }
    end,
    read = function(host, plan)
      return { [field] = host[getter](plan.track) }
    end,
    write = function(host, plan)
      host[setter](plan.track, plan.value)
    end,
    describe = function(plan)
      return plan.value and on_word or off_word
    end,
  }
end

local function number_in(v, lo, hi, what)
  if not util.is_finite(v) then
    return nil, what .. " must be a finite number"
  end
  if v < lo or v > hi then
    return nil, string.format("%s %g is out of range %g..%g", what, v, lo, hi)
  end
  return v
end

local function needs_fx(cmd, host, tr)
  local fx = cmd.fx_index
  if math.type(fx) ~= "integer" and not (util.is_finite(fx) and fx == math.floor(fx)) then
    return nil, "fx_index must be an integer"
  end
  fx = math.tointeger(fx)
  local count = host.fx_count(tr)
  if fx < 0 or fx >= count then
    return nil, string.format("fx_index %d does not exist (track has %d FX)", fx, count)
  end
  return fx
end

local function needs_param(cmd, host, tr, fx)
  local p = cmd.param_index
  if math.type(p) ~= "integer" and not (util.is_finite(p) and p == math.floor(p)) then
    return nil, "param_index must be an integer"
  end
  p = math.tointeger(p)
  local count = host.param_count(tr, fx)
  if p < 0 or p >= count then
    return nil, string.format("param_index %d does not exist (FX has %d parameters)", p, count)
  end
  return p
end

-- Each action: check(cmd, host, tr) -> plan fields or nil, err; read(host, plan) -> state table;
-- write(host, plan). Every action a command may name is in this table and nowhere else.
dispatch.ACTIONS = {
  set_volume_db = {
    check = function(cmd)
      local v, err = number_in(cmd.value, dispatch.VOLUME_MIN_DB, dispatch.VOLUME_MAX_DB, "volume")
      return v and { value = v }, err
    end,
    read = function(host, plan)
      return { volume_db = host.get_volume_db(plan.track) }
    end,
    write = function(host, plan)
      host.set_volume_db(plan.track, plan.value)
    end,
    describe = function(plan)
      return string.format("set volume to %.1f dB", plan.value)
    end,
    automation = "Volume",
  },
  nudge_volume_db = {
    check = function(cmd)
      local v, err = number_in(cmd.value, -dispatch.NUDGE_MAX_DB, dispatch.NUDGE_MAX_DB, "nudge")
      return v and { value = v }, err
    end,
    read = function(host, plan)
      return { volume_db = host.get_volume_db(plan.track) }
    end,
    write = function(host, plan)
      -- a fader at -inf starts from the bottom of the range; the result stays inside -60..+12 dB
      local current = host.get_volume_db(plan.track) or dispatch.VOLUME_MIN_DB
      local target = util.clamp(current + plan.value, dispatch.VOLUME_MIN_DB, dispatch.VOLUME_MAX_DB)
      host.set_volume_db(plan.track, target)
    end,
    describe = function(plan)
      return string.format("volume %+.1f dB", plan.value)
    end,
    automation = "Volume",
  },
  set_pan = {
    check = function(cmd)
      local v, err = number_in(cmd.value, -1, 1, "pan")
      return v and { value = v }, err
    end,
    read = function(host, plan)
      return { pan = host.get_pan(plan.track) }
    end,
    write = function(host, plan)
      host.set_pan(plan.track, plan.value)
    end,
    describe = function(plan)
      return string.format("pan %d%%%s", math.floor(math.abs(plan.value) * 100 + 0.5),
        plan.value < 0 and "L" or (plan.value > 0 and "R" or ""))
    end,
    automation = "Pan",
  },
  set_mute = switch_action("mute", "get_mute", "set_mute", "mute", "unmute"),
  set_solo = switch_action("solo", "get_solo", "set_solo", "solo", "unsolo"),
  set_fx_enabled = {
    check = function(cmd, host, tr)
      local b = bool_value(cmd.value)
      if b == nil then
        return nil, "fx enabled value must be 0, 1, true or false"
      end
      local fx, err = needs_fx(cmd, host, tr)
      return fx and { value = b, fx = fx }, err
    end,
    read = function(host, plan)
      return { fx_index = plan.fx, enabled = host.get_fx_enabled(plan.track, plan.fx) }
    end,
    write = function(host, plan)
      host.set_fx_enabled(plan.track, plan.fx, plan.value)
    end,
    describe = function(plan)
      return string.format("%s FX %d", plan.value and "enable" or "bypass", plan.fx + 1)
    end,
  },
  -- REAPER's own undo of the step a MixAssist command made: only when that step is still the last one,
  -- so the user's later edits are never undone behind their back. Runs outside an undo block (no_block).
  undo = {
    no_block = true,
    check = function(cmd, host)
      local label = cmd.undo_label
      if type(label) ~= "string" or label:sub(1, 9) ~= "MixAssist" then
        return nil, "undo needs the undo_label of a MixAssist step"
      end
      local last = host.last_undo_label()
      if last ~= label then
        return nil, string.format("the last undo step in REAPER is '%s', not '%s': undo in REAPER itself",
          tostring(last or "nothing"), label)
      end
      return { value = label }
    end,
    read = function(host, plan)
      return {
        volume_db = host.get_volume_db(plan.track), pan = host.get_pan(plan.track),
        mute = host.get_mute(plan.track), solo = host.get_solo(plan.track),
      }
    end,
    write = function(host, plan)
      if not host.undo() then
        error("REAPER could not undo '" .. plan.value .. "'")
      end
    end,
    describe = function(plan)
      return "undo " .. plan.value
    end,
  },
  set_fx_param = {
    check = function(cmd, host, tr)
      local v, err = number_in(cmd.value, 0, 1, "normalized parameter value")
      if not v then
        return nil, err
      end
      local fx, ferr = needs_fx(cmd, host, tr)
      if not fx then
        return nil, ferr
      end
      local p, perr = needs_param(cmd, host, tr, fx)
      return p and { value = v, fx = fx, param = p }, perr
    end,
    read = function(host, plan)
      local value, formatted = host.get_param(plan.track, plan.fx, plan.param)
      return { fx_index = plan.fx, param_index = plan.param, value = value, formatted = formatted }
    end,
    write = function(host, plan)
      host.set_param(plan.track, plan.fx, plan.param, plan.value)
    end,
    describe = function(plan)
      return string.format("FX %d parameter %d to %.3f", plan.fx + 1, plan.param + 1, plan.value)
    end,
  },
}

local function undo_label(cmd, plan, host)
  local label = cmd.undo_label
  if type(label) ~= "string" or label == "" or label == "MixAssist" then
    -- no label of its own: say what was done, on which track
    label = "MixAssist: " .. plan.action.describe(plan) .. " on " .. host.track_name(plan.track)
  end
  label = label:gsub("%c", " "):sub(1, dispatch.UNDO_LABEL_MAX)
  if label:sub(1, 9) ~= "MixAssist" then
    label = "MixAssist: " .. label -- the user always sees who made the change in the undo history
  end
  return label
end

--- Validate a decoded command against its file id and resolve the target. Returns plan or nil, err.
function dispatch.check(cmd, file_id, host)
  if type(cmd) ~= "table" or cmd[1] ~= nil then
    return nil, "command is not a JSON object"
  end
  if cmd.schema ~= dispatch.SCHEMA then
    return nil, "unknown schema " .. tostring(cmd.schema) .. " (expected " .. dispatch.SCHEMA .. ")"
  end
  if not util.valid_id(cmd.id) or cmd.id ~= file_id then
    return nil, "command id does not match its file name"
  end
  local action = type(cmd.action) == "string" and dispatch.ACTIONS[cmd.action]
  if not action then
    return nil, "action " .. tostring(cmd.action) .. " is not allowed"
  end
  if type(cmd.track_guid) ~= "string" then
    return nil, "track_guid must be a string"
  end
  local tr = host.find_track(cmd.track_guid)
  if not tr then
    return nil, "unknown track " .. cmd.track_guid:sub(1, 64)
  end
  local plan, err = action.check(cmd, host, tr)
  if not plan then
    return nil, err
  end
  plan.action = action
  plan.track = tr
  plan.label = action.no_block and plan.value or undo_label(cmd, plan, host)
  return plan
end

--- Apply a checked plan. Returns before, after, and a note (automation may override static values).
function dispatch.apply(plan, host)
  local before = plan.action.read(host, plan)
  plan.action.write(host, plan)
  local after = plan.action.read(host, plan)
  local note = plan.action.automation and host.automation_note(plan.track, plan.action.automation)
  return before, after, note
end

return dispatch
