-- mock_reaper.lua: a test double of the `reaper` table that ReaScripts see, modelling a small project.
--
-- It follows the ReaScript API's documented behaviour for what the MixAssist scripts use (Lua calling
-- forms, linear volumes, 0-based indices, GetPlayState bits, the EnumerateFiles cache that index -1
-- invalidates, defer/atexit) and records what a test must check: undo blocks and their labels,
-- PreventUIRefresh nesting, every mutation and whether it happened inside both, message boxes,
-- console lines, toggle state. Real REAPER is not available here; this is what stands in for it.
--
-- project = {
--   name, sample_rate, tempo, app_version, resource_path, play_state (bits), position, cursor,
--   extstate = { [section] = { [key] = value } },
--   master = { vol, pan, peak = {l, r}, fx = {...} },
--   tracks = { { guid, name, vol (linear), pan, mute, solo, recarm, phase, folderdepth, automode,
--               envelopes = { Volume = true }, peak = {l, r},
--               fx = { { name, enabled, params = { { name, value, fmt } } } },
--               sends = { { dest = track number (1-based), vol, mute } },
--               meter_input = { {kl, kr, bl = {7 bands}, br = {7 bands}}, ... } } },
--   gmem_unavailable = true (gmem_read answers nil), sample_rate ...
-- }
--
-- The MixAssist Track Meter JSFX is modelled as REAPER runs it: TrackFX_AddByName finds it only when
-- <resource>/Effects/MixAssist/MixAssist_TrackMeter.jsfx exists (its name is "JS: " .. its desc line); while the
-- project plays, every instance writes one record per 100 ms of playback into the shared memory "MixAssist_
-- TrackMeter" at its slot (slider 1), in the layout the JSFX's header comment gives, taking the records from its
-- track's `meter_input` in turn (the pre-fader measurements a test wants it to report; silence without one).
-- Setting the slot restarts its count with a new instance id, as the JSFX's @slider does.

local M = {}

local function copy_track(t)
  t.vol = t.vol or 1.0
  t.pan = t.pan or 0.0
  t.mute = t.mute or false
  t.solo = t.solo or 0
  t.recarm = t.recarm or 0
  t.phase = t.phase or false
  t.folderdepth = t.folderdepth or 0
  t.automode = t.automode or 0
  t.envelopes = t.envelopes or {}
  t.peak = t.peak or { 0.0, 0.0 }
  t.fx = t.fx or {}
  t.sends = t.sends or {}
  for _, fx in ipairs(t.fx) do
    if fx.enabled == nil then
      fx.enabled = true
    end
    fx.params = fx.params or {}
  end
  return t
end

local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

function M.new(project)
  local P = project
  P.tracks = P.tracks or {}
  for _, t in ipairs(P.tracks) do
    copy_track(t)
  end
  P.master = copy_track(P.master or {})
  P.master.name = "MASTER"
  P.master.guid = P.master.guid or "{00000000-0000-0000-0000-000000000000}"
  P.extstate = P.extstate or {}
  P.play_state = P.play_state or 0
  P.position = P.position or 0.0
  P.cursor = P.cursor or 0.0

  local rec = {
    undo = {}, -- {"begin"} / {"end", label, flags}
    undo_points = {}, -- labels of closed outermost blocks
    mutations = {}, -- {what, inside_undo, inside_prevent}
    violations = {}, -- mutations outside an undo block or outside PreventUIRefresh
    prevent_refresh = 0,
    undo_depth = 0,
    console = {},
    message_boxes = {},
    toggle = {},
    action_options = {},
    change_count = 0,
    deferred = {},
    atexit = {},
    defer_calls = 0,
  }
  local S = { project = P, rec = rec, clock = 1000.0, dir_cache = {}, gmem = {}, instances = 0 }

  -- REAPER's undo history as the mock models it: each closed outermost block with the way back
  local undo_stack, pending_restores = {}, {}
  rec.undone = {} -- labels undone through Undo_DoUndo2

  local function mutate(what, restore)
    if restore then
      pending_restores[#pending_restores + 1] = restore
    end
    rec.change_count = rec.change_count + 1
    local inside_undo, inside_prevent = rec.undo_depth > 0, rec.prevent_refresh > 0
    rec.mutations[#rec.mutations + 1] = { what, inside_undo, inside_prevent }
    if not (inside_undo and inside_prevent) then
      rec.violations[#rec.violations + 1] = what
    end
  end

  local R = {}

  -- project and tracks
  function R.CountTracks(_)
    return #P.tracks
  end
  function R.GetTrack(_, i)
    return P.tracks[i + 1]
  end
  function R.GetMasterTrack(_)
    return P.master
  end
  function R.GetTrackGUID(tr)
    return tr.guid
  end
  function R.GetTrackName(tr)
    if tr == P.master then
      return true, "MASTER"
    end
    if tr.name == nil or tr.name == "" then
      for i, t in ipairs(P.tracks) do
        if t == tr then
          return false, "Track " .. i
        end
      end
    end
    return true, tr.name
  end
  function R.GetSetMediaTrackInfo_String(tr, parm, _, set)
    if parm == "GUID" and not set then
      return true, tr.guid
    end
    return false, ""
  end

  local INFO = {
    D_VOL = "vol", D_PAN = "pan", B_MUTE = "mute", I_SOLO = "solo", I_RECARM = "recarm",
    B_PHASE = "phase", I_FOLDERDEPTH = "folderdepth", I_AUTOMODE = "automode",
  }
  function R.GetMediaTrackInfo_Value(tr, parm)
    local key = INFO[parm]
    if not key then
      error("mock: GetMediaTrackInfo_Value " .. tostring(parm) .. " is not modelled")
    end
    local v = tr[key]
    if type(v) == "boolean" then
      return v and 1.0 or 0.0
    end
    return v + 0.0
  end
  function R.SetMediaTrackInfo_Value(tr, parm, value)
    local key = INFO[parm]
    if not key then
      error("mock: SetMediaTrackInfo_Value " .. tostring(parm) .. " is not modelled")
    end
    local old = tr[key]
    if key == "mute" or key == "phase" then
      tr[key] = value ~= 0
    else
      tr[key] = value
    end
    mutate(parm .. "=" .. tostring(value), function()
      tr[key] = old
    end)
    return true
  end
  function R.GetTrackEnvelopeByName(tr, name)
    return tr.envelopes[name] and { track = tr, name = name } or nil
  end

  -- FX
  local function fx_of(tr, fx)
    return tr.fx[fx + 1]
  end
  function R.TrackFX_GetCount(tr)
    return #tr.fx
  end
  function R.TrackFX_GetFXName(tr, fx, _)
    local f = fx_of(tr, fx)
    if not f then
      return false, ""
    end
    return true, f.name
  end
  function R.TrackFX_GetEnabled(tr, fx)
    local f = fx_of(tr, fx)
    return f ~= nil and f.enabled
  end
  function R.TrackFX_SetEnabled(tr, fx, enabled)
    local f = fx_of(tr, fx)
    if f then
      local old = f.enabled
      f.enabled = enabled
      mutate("fx_enabled=" .. tostring(enabled), function()
        f.enabled = old
      end)
    end
  end
  function R.TrackFX_GetNumParams(tr, fx)
    local f = fx_of(tr, fx)
    return f and #f.params or 0
  end
  function R.TrackFX_GetParamName(tr, fx, p, _)
    local f = fx_of(tr, fx)
    local prm = f and f.params[p + 1]
    if not prm then
      return false, ""
    end
    return true, prm.name
  end
  function R.TrackFX_GetParamNormalized(tr, fx, p)
    S.clock = S.clock + (P.api_cost_s or 0) -- model a slow API call: the UI thread's time passes
    local f = fx_of(tr, fx)
    local prm = f and f.params[p + 1]
    return prm and prm.value or -1.0
  end
  function R.TrackFX_SetParamNormalized(tr, fx, p, value)
    local f = fx_of(tr, fx)
    local prm = f and f.params[p + 1]
    if not prm then
      return false
    end
    local old = prm.value
    prm.value = value
    mutate("param=" .. tostring(value), function()
      prm.value = old
    end)
    return true
  end
  function R.TrackFX_GetParam(tr, fx, p)
    local f = fx_of(tr, fx)
    if f and f.meter and p == 0 then
      return f.slot, 0, 1023
    end
    local prm = f and f.params[p + 1]
    return prm and prm.value or 0.0, 0.0, 1.0
  end
  function R.TrackFX_SetParam(tr, fx, p, value)
    local f = fx_of(tr, fx)
    if f and f.meter and p == 0 then
      f.slot = math.max(0, math.min(1023, math.floor(value + 0.5)))
      f.written = 0 -- the JSFX's @slider: a new slot starts a new count
      S.instances = S.instances + 1
      f.instance = S.instances
      mutate("meter_slot=" .. f.slot)
      return true
    end
    return R.TrackFX_SetParamNormalized(tr, fx, p, value)
  end

  -- the MixAssist Track Meter JSFX (see the header) and REAPER's FX chain edits
  local METER_FILE = "MixAssist/MixAssist_TrackMeter.jsfx"
  local function jsfx_desc(file)
    local f = io.open(P.resource_path .. "/Effects/" .. file, "rb")
    if not f then
      return nil
    end
    local first = f:read("l") or ""
    f:close()
    return first:match("^desc:%s*(.-)%s*$")
  end
  function R.TrackFX_AddByName(tr, name, _, instantiate)
    local file = name:match("^JS:%s*(.+%.jsfx)$")
    local desc = file and file == METER_FILE and jsfx_desc(file)
    if not desc then
      return -1 -- REAPER finds no such plug-in
    end
    if instantiate == 0 then
      for i, f in ipairs(tr.fx) do
        if f.name == "JS: " .. desc then
          return i - 1
        end
      end
      return -1
    end
    S.instances = S.instances + 1
    tr.fx[#tr.fx + 1] = { name = "JS: " .. desc, enabled = true, params = { { name = "Slot", value = 0 } },
                          meter = true, slot = 0, written = 0, acc = 0.0, instance = S.instances } -- stylua: ignore
    mutate("fx_add=" .. name)
    return #tr.fx - 1
  end
  function R.TrackFX_Delete(tr, fx)
    if not tr.fx[fx + 1] then
      return false
    end
    table.remove(tr.fx, fx + 1)
    mutate("fx_delete=" .. fx)
    return true
  end
  function R.TrackFX_CopyToTrack(src, src_fx, dest, dest_fx, is_move)
    local f = src.fx[src_fx + 1]
    if not f or not is_move then
      error("mock: only moves of an existing FX are modelled")
    end
    table.remove(src.fx, src_fx + 1)
    table.insert(dest.fx, math.min(dest_fx + 1, #dest.fx + 1), f)
    mutate("fx_move=" .. src_fx .. "->" .. dest_fx)
  end

  -- shared memory (gmem): one namespace per name; a script reads the one it attached to
  local function gmem_of(name)
    S.gmem[name] = S.gmem[name] or {}
    return S.gmem[name]
  end
  function R.gmem_attach(name)
    S.gmem_attached = name
  end
  function R.gmem_read(i)
    if P.gmem_unavailable or not S.gmem_attached then
      return nil
    end
    return gmem_of(S.gmem_attached)[i] or 0.0
  end

  local SILENT_RECORD = { kl = 0, kr = 0, bl = { 0, 0, 0, 0, 0, 0, 0 }, br = { 0, 0, 0, 0, 0, 0, 0 } }

  --- `dt` seconds of audio pass: while playing, every meter instance writes its records (see the header).
  function S.audio(dt)
    if P.play_state & 1 ~= 1 then
      return
    end
    local mem = gmem_of("MixAssist_TrackMeter")
    for _, tr in ipairs(P.tracks) do
      for _, f in ipairs(tr.fx) do
        if f.meter then
          local base = f.slot * 4096
          mem[base], mem[base + 2], mem[base + 3] = 17701, P.sample_rate or 48000, f.instance
          f.acc = f.acc + dt
          local input = tr.meter_input or {}
          while f.acc >= 0.1 - 1e-9 do
            f.acc = f.acc - 0.1
            local r = input[(f.written % math.max(1, #input)) + 1] or SILENT_RECORD
            local at = base + 16 + (f.written % 128) * 16
            mem[at], mem[at + 1] = r.kl, r.kr
            for b = 1, 7 do
              mem[at + 1 + b], mem[at + 8 + b] = r.bl[b], r.br[b]
            end
            f.written = f.written + 1
          end
          mem[base + 1] = f.written
        end
      end
    end
  end

  function R.TrackFX_GetFormattedParamValue(tr, fx, p, _)
    local f = fx_of(tr, fx)
    local prm = f and f.params[p + 1]
    if not prm then
      return false, ""
    end
    if prm.fmt then
      return true, string.format(prm.fmt, prm.value)
    end
    return true, string.format("%.1f", prm.value * 100)
  end

  -- sends (category 0 = sends)
  function R.GetTrackNumSends(tr, category)
    return category == 0 and #tr.sends or 0
  end
  function R.GetTrackSendInfo_Value(tr, _, i, parm)
    local s = tr.sends[i + 1]
    if parm == "P_DESTTRACK" then
      return P.tracks[s.dest]
    elseif parm == "D_VOL" then
      return s.vol or 1.0
    elseif parm == "B_MUTE" then
      return s.mute and 1.0 or 0.0
    end
    error("mock: GetTrackSendInfo_Value " .. tostring(parm) .. " is not modelled")
  end

  -- meters, transport, project
  function R.Track_GetPeakInfo(tr, ch)
    return tr.peak[ch + 1] or 0.0
  end
  function R.GetPlayState()
    return P.play_state
  end
  function R.GetPlayPosition()
    return P.position
  end
  function R.GetCursorPosition()
    return P.cursor
  end
  function R.Master_GetTempo()
    return P.tempo or 120.0
  end
  function R.GetSetProjectInfo(_, desc, _, _)
    if desc == "PROJECT_SRATE" then
      return P.sample_rate or 0.0
    end
    return 0.0
  end
  function R.GetAudioDeviceInfo(attr)
    if attr == "SRATE" then
      return true, tostring(P.device_rate or 44100)
    end
    return false, ""
  end
  function R.GetProjectName(_)
    return P.name or ""
  end
  function R.GetAppVersion()
    return P.app_version or "7.27/linux-x86_64"
  end
  function R.GetProjectStateChangeCount(_)
    return rec.change_count
  end

  -- undo and UI refresh
  function R.Undo_BeginBlock()
    if rec.undo_depth == 0 then
      pending_restores = {}
    end
    rec.undo_depth = rec.undo_depth + 1
    rec.undo[#rec.undo + 1] = { "begin" }
  end
  function R.Undo_EndBlock(label, flags)
    rec.undo_depth = rec.undo_depth - 1
    rec.undo[#rec.undo + 1] = { "end", label, flags }
    if rec.undo_depth == 0 then
      rec.undo_points[#rec.undo_points + 1] = label
      undo_stack[#undo_stack + 1] = { label = label, restores = pending_restores }
      pending_restores = {}
    end
  end
  -- Undo_CanUndo2: the description of the step Undo would revert, or nil; Undo_DoUndo2: 1 when it did
  function R.Undo_CanUndo2(_)
    local top = undo_stack[#undo_stack]
    return top and top.label or nil
  end
  function R.Undo_DoUndo2(_)
    local top = table.remove(undo_stack)
    if not top then
      return 0
    end
    for i = #top.restores, 1, -1 do
      top.restores[i]()
    end
    rec.change_count = rec.change_count + 1
    rec.undone[#rec.undone + 1] = top.label
    return 1
  end
  function R.PreventUIRefresh(n)
    rec.prevent_refresh = rec.prevent_refresh + n
  end

  -- files, paths, ExtState
  function R.GetResourcePath()
    return P.resource_path
  end
  function R.GetExtState(section, key)
    return (P.extstate[section] or {})[key] or ""
  end
  function R.SetExtState(section, key, value, _)
    P.extstate[section] = P.extstate[section] or {}
    P.extstate[section][key] = value
  end
  function R.RecursiveCreateDirectory(path, _)
    os.execute("mkdir -p " .. shell_quote(path))
    return 1
  end
  function R.EnumerateFiles(path, index)
    if index < 0 then
      S.dir_cache[path] = nil -- documented: index -1 forces a re-read of the folder
      return nil
    end
    local names = S.dir_cache[path]
    if not names then
      names = {}
      local pipe = io.popen("ls -1A " .. shell_quote(path) .. " 2>/dev/null")
      for line in pipe:lines() do
        local full = path .. "/" .. line
        local f = io.open(full .. "/.")
        if f then
          f:close() -- a folder: EnumerateFiles lists files only
        else
          names[#names + 1] = line
        end
      end
      pipe:close()
      S.dir_cache[path] = names
    end
    return names[index + 1]
  end

  -- script lifecycle
  function R.defer(fn)
    rec.defer_calls = rec.defer_calls + 1
    S.pending = S.pending or {}
    S.pending[#S.pending + 1] = fn
  end
  function R.atexit(fn)
    rec.atexit[#rec.atexit + 1] = fn
  end
  function R.time_precise()
    return S.clock
  end
  function R.get_action_context()
    return false, P.script_path or "", 0, 55555, -1, -1, -1
  end
  function R.set_action_options(flags)
    rec.action_options[#rec.action_options + 1] = flags
  end
  function R.SetToggleCommandState(section, command, state)
    rec.toggle[#rec.toggle + 1] = { section, command, state }
    return true
  end
  function R.RefreshToolbar2(_, _) end
  function R.ShowConsoleMsg(msg)
    rec.console[#rec.console + 1] = msg
  end
  function R.ShowMessageBox(msg, title, _)
    rec.message_boxes[#rec.message_boxes + 1] = title .. ": " .. msg
    return 1
  end
  -- actions: scripts registered in the action list, run by command id (as __startup.lua does)
  rec.registered = {}
  function R.AddRemoveReaScript(add, section, path, _)
    if not add or section ~= 0 then
      return 0
    end
    for i, p in ipairs(rec.registered) do
      if p == path then
        return 60000 + i
      end
    end
    local f = io.open(path, "rb")
    if not f then
      return 0 -- REAPER refuses a script file that does not exist
    end
    f:close()
    local id = 60000 + #rec.registered + 1
    rec.registered[id - 60000] = path
    return id
  end
  function R.Main_OnCommand(id, _)
    local path = rec.registered[id - 60000]
    rec.commands_run = rec.commands_run or {}
    rec.commands_run[#rec.commands_run + 1] = id
    if path then
      P.script_path = path
      dofile(path)
    end
  end
  function R.genGuid(_)
    S.guid_counter = (S.guid_counter or 0) + 1
    return string.format("{%08X-0000-4000-8000-%012X}", S.guid_counter, S.guid_counter)
  end

  if P.without then -- model an older REAPER: drop the named functions
    for _, name in ipairs(P.without) do
      R[name] = nil
    end
  end

  --- Run one UI-loop tick: every function deferred during the previous tick, once.
  function S.tick()
    local pending = S.pending or {}
    S.pending = {}
    for _, fn in ipairs(pending) do
      fn()
    end
    return #pending
  end

  --- REAPER closes (or the user stops the script): atexit handlers run.
  function S.exit()
    S.pending = {}
    for _, fn in ipairs(rec.atexit) do
      fn()
    end
    rec.exited = true
  end

  S.reaper = R
  return S
end

return M
