-- @description MixAssist Companion: file bridge (background script)
-- @version 1.1.0
-- @author MixAssist Companion
-- @changelog
--   1.1.0: per-track loudness and bands (level.lufs, level.bands_db) from the MixAssist Track Meter JSFX,
--   inserted only with the user's consent (action MixAssist_TrackMeters.lua) and removed when it is withdrawn.
--   1.0.0: heartbeat, session snapshot with per-track level window, allowlisted commands
--   applied as one named undo step each, hotkey requests.
-- @provides
--   [nomain] mixassist_json.lua
--   [nomain] mixassist_util.lua
--   [nomain] mixassist_dispatch.lua
--   [nomain] mixassist_loudness.lua
--   [nomain] mixassist_meters.lua
--   [nomain] MixAssist.ReaperOSC
-- @link https://www.reaper.fm/sdk/reascript/reascripthelp.html
-- @about
--   # MixAssist Companion bridge
--
--   Runs in the background (toolbar toggle shows it) and exchanges JSON files with the MixAssist
--   Companion in `<resource path>/Scripts/MixAssist/bridge/` (or ExtState MixAssist/bridge_dir):
--
--   - `heartbeat.json` every 0.5 s, so the companion knows REAPER and this script are alive;
--   - `snapshot.json`: tracks, faders, pans, FX with parameters, sends and per-track peak levels over
--     the last 20 s of playback (plus loudness and band levels when track meters are on), rewritten when the
--     project changes and when asked;
--   - `command_<id>.json` from the companion: only volume, nudge, pan, mute, solo, FX enable and
--     FX parameter changes with bounded values, each applied as one named undo step, answered in
--     `response_<id>.json` with the values before and after.
--
--   Start it once by hand, or let `mixassist reaper install` add it to `Scripts/__startup.lua`.

local BRIDGE_VERSION = "1"
local HEARTBEAT_S = 0.5
local PLAYING_SNAPSHOT_S = 5.0 -- while playing, levels move: rewrite the snapshot this often
local CHANGE_SNAPSHOT_S = 0.2 -- a fader drag changes the project every tick: at most 5 rewrites a second
local SNAPSHOT_DUTY = 10 -- ...and a big session waits 10x its last snapshot's build time (UI load <= ~10%)
local DEFAULT_LEVEL_WINDOW_S = 20.0
local MAX_PARAMS_PER_FX = 128 -- some instruments expose thousands; the advice needs the first ones
local MAX_COMMAND_BYTES = 64 * 1024
local MAX_COMMANDS_PER_TICK = 8
local EXT_SECTION = "MixAssist"
local METER_SYNC_S = 1.0 -- how often the track meters are matched to the user's consent and the tracks
local METER_GMEM = "MixAssist_TrackMeter"
local METER_FX = "JS:MixAssist/MixAssist_TrackMeter.jsfx"

local function script_dir()
  local source = debug.getinfo(1, "S").source
  return source:match("^@?(.*[/\\])") or "./"
end

local SCRIPT_DIR = script_dir()
package.path = SCRIPT_DIR .. "?.lua;" .. package.path

local loaded, json = pcall(require, "mixassist_json")
local loaded_util, util = pcall(require, "mixassist_util")
local loaded_dispatch, dispatch = pcall(require, "mixassist_dispatch")
local loaded_meters, meters = pcall(require, "mixassist_meters")
if not (loaded and loaded_util and loaded_dispatch and loaded_meters) then
  reaper.ShowMessageBox(
    "MixAssist bridge: the helper files (mixassist_json.lua, mixassist_util.lua, mixassist_dispatch.lua, "
      .. "mixassist_loudness.lua, mixassist_meters.lua) "
      .. "are missing next to this script in\n" .. SCRIPT_DIR .. "\nReinstall with: mixassist reaper install",
    "MixAssist",
    0
  )
  return
end

if not reaper.GetProjectStateChangeCount or not reaper.TrackFX_GetParamNormalized then
  reaper.ShowMessageBox("MixAssist bridge needs REAPER 6 or newer.", "MixAssist", 0)
  return
end

local NULL = json.null

local function nz(x)
  if x == nil then
    return NULL
  end
  return x
end

-- ---------------------------------------------------------------- where the files go

local function bridge_dir()
  return util.bridge_dir(reaper.GetExtState(EXT_SECTION, "bridge_dir"), reaper.GetResourcePath())
end

local DIR = bridge_dir()
reaper.RecursiveCreateDirectory(DIR, 0)

local function path(name)
  return DIR .. "/" .. name
end

local function level_window_s()
  local v = tonumber(reaper.GetExtState(EXT_SECTION, "level_window_s"))
  if v and v >= 1 and v <= 600 then
    return v
  end
  return DEFAULT_LEVEL_WINDOW_S
end

local clock = util.new_clock(os.time, reaper.time_precise)
local levels = util.new_level_window(level_window_s())
local reported = {}

-- One console line per distinct problem, never a storm.
local function log_once(msg)
  if not reported[msg] then
    reported[msg] = true
    reaper.ShowConsoleMsg("MixAssist bridge: " .. msg .. "\n")
  end
end

local function write_json(name, value)
  local ok, text = pcall(json.encode, value)
  if not ok then
    log_once("could not encode " .. name .. ": " .. tostring(text))
    return false
  end
  local written, err = util.write_atomic(path(name), text)
  if not written then
    log_once("could not write " .. name .. ": " .. tostring(err))
  end
  return written
end

-- ---------------------------------------------------------------- track meters (only with the user's consent)

local track_meters = nil -- REAPER 6.x without shared memory or FX moves: peaks only
if meters.api_ready(reaper) then
  reaper.gmem_attach(METER_GMEM)
  track_meters = meters.new(meters.host_from_api(reaper, METER_FX, log_once), level_window_s())
end

local function meters_wanted()
  return reaper.GetExtState(EXT_SECTION, "track_meters") == "on"
end

-- ---------------------------------------------------------------- reading the session

local function track_guid(tr)
  return reaper.GetTrackGUID(tr)
end

local function track_name(tr)
  local _, name = reaper.GetTrackName(tr)
  return name or ""
end

local function peak_db(tr)
  local l = reaper.Track_GetPeakInfo(tr, 0)
  local r = reaper.Track_GetPeakInfo(tr, 1)
  return util.lin_to_db(math.max(l or 0, r or 0))
end

local function fx_list(tr)
  local out = json.array()
  for fx = 0, reaper.TrackFX_GetCount(tr) - 1 do
    local _, name = reaper.TrackFX_GetFXName(tr, fx, "")
    if meters.is_meter(name) then
      goto continue -- our own meter is not part of the user's mix
    end
    local params = json.array()
    local n = math.min(reaper.TrackFX_GetNumParams(tr, fx), MAX_PARAMS_PER_FX)
    for p = 0, n - 1 do
      local _, pname = reaper.TrackFX_GetParamName(tr, fx, p, "")
      local _, formatted = reaper.TrackFX_GetFormattedParamValue(tr, fx, p, "")
      local value = reaper.TrackFX_GetParamNormalized(tr, fx, p)
      params[#params + 1] = {
        index = p,
        name = pname or "",
        value = util.is_finite(value) and util.round(value, 6) or 0,
        formatted = formatted or "",
      }
    end
    out[#out + 1] = { index = fx, name = name or "", enabled = reaper.TrackFX_GetEnabled(tr, fx), params = params }
    ::continue::
  end
  return out
end

local function sends_of(tr)
  local out = json.array()
  for i = 0, reaper.GetTrackNumSends(tr, 0) - 1 do
    local dest = reaper.GetTrackSendInfo_Value(tr, 0, i, "P_DESTTRACK")
    out[#out + 1] = {
      dest_guid = dest and track_guid(dest) or "",
      dest_name = dest and track_name(dest) or "",
      volume_db = nz(util.round(util.lin_to_db(reaper.GetTrackSendInfo_Value(tr, 0, i, "D_VOL")), 2)),
      mute = reaper.GetTrackSendInfo_Value(tr, 0, i, "B_MUTE") ~= 0,
    }
  end
  return out
end

local function play_state()
  local s = reaper.GetPlayState()
  if s & 4 == 4 then
    return "recording"
  elseif s & 2 == 2 then
    return "paused"
  elseif s & 1 == 1 then
    return "playing"
  end
  return "stopped"
end

local function is_playing()
  return reaper.GetPlayState() & 5 ~= 0
end

local function sample_rate()
  local rate = reaper.GetSetProjectInfo(0, "PROJECT_SRATE", 0, false)
  if not rate or rate <= 0 then
    local _, dev = reaper.GetAudioDeviceInfo("SRATE", "")
    rate = tonumber(dev) or 0
  end
  return math.floor(rate + 0.5)
end

local function level_of(guid)
  local s = levels.stats(guid)
  if not s then
    return NULL
  end
  local level = {
    avg_peak_db = nz(util.round(s.avg_peak_db, 2)),
    max_peak_db = nz(util.round(s.max_peak_db, 2)),
    window_s = util.round(s.window_s, 2),
  }
  local loud = track_meters and track_meters.level(guid)
  if loud then -- the track meter ran: real loudness and bands, post-fader
    level.lufs = nz(loud.lufs and util.round(loud.lufs, 2))
    local bands = json.object()
    for _, name in ipairs({ "sub", "bass", "low_mid", "mid", "high_mid", "presence", "air" }) do
      bands[name] = nz(loud.bands_db and loud.bands_db[name] and util.round(loud.bands_db[name], 2))
    end
    level.bands_db = bands
  end
  return level
end

local function build_snapshot(now)
  local tracks = json.array()
  for i = 0, reaper.CountTracks(0) - 1 do
    local tr = reaper.GetTrack(0, i)
    local guid = track_guid(tr)
    tracks[#tracks + 1] = {
      guid = guid,
      index = i + 1,
      name = track_name(tr),
      volume_db = nz(util.round(util.lin_to_db(reaper.GetMediaTrackInfo_Value(tr, "D_VOL")), 2)),
      pan = util.round(util.clamp(reaper.GetMediaTrackInfo_Value(tr, "D_PAN"), -1, 1), 3),
      mute = reaper.GetMediaTrackInfo_Value(tr, "B_MUTE") ~= 0,
      solo = reaper.GetMediaTrackInfo_Value(tr, "I_SOLO") > 0,
      rec_arm = reaper.GetMediaTrackInfo_Value(tr, "I_RECARM") ~= 0,
      phase_inverted = reaper.GetMediaTrackInfo_Value(tr, "B_PHASE") ~= 0,
      folder_depth = math.floor(reaper.GetMediaTrackInfo_Value(tr, "I_FOLDERDEPTH")),
      level = level_of(guid),
      fx = fx_list(tr),
      sends = sends_of(tr),
    }
  end
  local master = reaper.GetMasterTrack(0)
  local project_name = reaper.GetProjectName(0)
  local position = is_playing() and reaper.GetPlayPosition() or reaper.GetCursorPosition()
  return {
    schema = "mixassist.snapshot/1",
    captured_at = now,
    reaper_version = reaper.GetAppVersion(),
    project = {
      name = project_name or "",
      sample_rate = sample_rate(),
      tempo_bpm = reaper.Master_GetTempo(),
      play_state = play_state(),
      position_s = util.round(position, 3),
    },
    master = {
      volume_db = nz(util.round(util.lin_to_db(reaper.GetMediaTrackInfo_Value(master, "D_VOL")), 2)),
      pan = util.round(util.clamp(reaper.GetMediaTrackInfo_Value(master, "D_PAN"), -1, 1), 3),
      peak_db = nz(util.round(peak_db(master), 2)),
      fx = fx_list(master),
    },
    tracks = tracks,
  }
end

local function sample_levels(dt_s)
  if not is_playing() then
    return
  end
  levels.advance(dt_s)
  for i = 0, reaper.CountTracks(0) - 1 do
    local tr = reaper.GetTrack(0, i)
    levels.add(track_guid(tr), peak_db(tr))
  end
end

-- ---------------------------------------------------------------- applying commands

local function find_track(guid)
  for i = 0, reaper.CountTracks(0) - 1 do
    local tr = reaper.GetTrack(0, i)
    if track_guid(tr) == guid then
      return tr
    end
  end
  return nil
end

-- The REAPER side of mixassist_dispatch's host interface.
local host = {
  find_track = find_track,
  track_name = track_name,
  get_volume_db = function(tr)
    return util.round(util.lin_to_db(reaper.GetMediaTrackInfo_Value(tr, "D_VOL")), 2)
  end,
  set_volume_db = function(tr, db)
    reaper.SetMediaTrackInfo_Value(tr, "D_VOL", util.db_to_lin(db))
  end,
  get_pan = function(tr)
    return util.round(reaper.GetMediaTrackInfo_Value(tr, "D_PAN"), 3)
  end,
  set_pan = function(tr, p)
    reaper.SetMediaTrackInfo_Value(tr, "D_PAN", p)
  end,
  get_mute = function(tr)
    return reaper.GetMediaTrackInfo_Value(tr, "B_MUTE") ~= 0
  end,
  set_mute = function(tr, on)
    reaper.SetMediaTrackInfo_Value(tr, "B_MUTE", on and 1 or 0)
  end,
  get_solo = function(tr)
    return reaper.GetMediaTrackInfo_Value(tr, "I_SOLO") > 0
  end,
  set_solo = function(tr, on)
    -- 2 = solo in place, REAPER's default kind of solo
    reaper.SetMediaTrackInfo_Value(tr, "I_SOLO", on and 2 or 0)
  end,
  fx_count = function(tr)
    return reaper.TrackFX_GetCount(tr)
  end,
  get_fx_enabled = function(tr, fx)
    return reaper.TrackFX_GetEnabled(tr, fx)
  end,
  set_fx_enabled = function(tr, fx, on)
    reaper.TrackFX_SetEnabled(tr, fx, on)
  end,
  param_count = function(tr, fx)
    return reaper.TrackFX_GetNumParams(tr, fx)
  end,
  get_param = function(tr, fx, p)
    local _, formatted = reaper.TrackFX_GetFormattedParamValue(tr, fx, p, "")
    return util.round(reaper.TrackFX_GetParamNormalized(tr, fx, p), 6), formatted or ""
  end,
  set_param = function(tr, fx, p, v)
    reaper.TrackFX_SetParamNormalized(tr, fx, p, v)
  end,
  last_undo_label = function()
    return reaper.Undo_CanUndo2(0)
  end,
  undo = function()
    return reaper.Undo_DoUndo2(0) ~= 0
  end,
  automation_note = function(tr, envelope_name)
    -- In Read/Touch/Latch modes an existing envelope overrides the static value just set.
    local mode = reaper.GetMediaTrackInfo_Value(tr, "I_AUTOMODE")
    local env = reaper.GetTrackEnvelopeByName(tr, envelope_name)
    if mode ~= 0 and mode ~= 3 and env then
      return envelope_name .. " automation on this track overrides the change while it plays"
    end
    return nil
  end,
}

local function respond(id, ok, err, before, after, note)
  local response = {
    schema = dispatch.RESPONSE_SCHEMA,
    id = id,
    ok = ok,
    error = nz(err),
    before = json.object(before or {}),
    after = json.object(after or {}),
  }
  if note then
    response.note = note
  end
  write_json("response_" .. id .. ".json", response)
end

local function execute(id, text)
  local cmd, decode_err = json.decode(text)
  if cmd == nil then
    return respond(id, false, "malformed command file: " .. decode_err)
  end
  local plan, err = dispatch.check(cmd, id, host)
  if not plan then
    return respond(id, false, err)
  end
  -- every change is ONE named undo step; an undo itself must not open a block (it would become a step)
  if not plan.action.no_block then
    reaper.Undo_BeginBlock()
  end
  reaper.PreventUIRefresh(1)
  local ok, before, after, note = pcall(dispatch.apply, plan, host)
  reaper.PreventUIRefresh(-1)
  if not plan.action.no_block then
    reaper.Undo_EndBlock(plan.label, -1)
  end
  if not ok then
    return respond(id, false, "REAPER refused the change: " .. tostring(before))
  end
  respond(id, true, nil, before, after, note)
end

-- Claim a command by renaming it: a second bridge instance (or a retry) cannot run it twice.
local function claim_and_run(name, id)
  local claimed = path(name .. ".claimed")
  if not os.rename(path(name), claimed) then
    return
  end
  local text, err = util.read_file(claimed, MAX_COMMAND_BYTES)
  os.remove(claimed)
  if not text then
    return respond(id, false, "unreadable command file: " .. tostring(err))
  end
  execute(id, text)
end

-- ---------------------------------------------------------------- the loop

local state = {
  last_heartbeat = -math.huge,
  last_snapshot = -math.huge,
  last_change_count = nil,
  last_precise = reaper.time_precise(),
  last_meter_sync = -math.huge,
  seen_requests = {},
  snapshot_s = 0.0, -- how long the last snapshot took to build and write
  snapshots_written = 0,
}

local function list_dir()
  -- EnumerateFiles caches a folder's listing; index -1 makes it read the folder again.
  reaper.EnumerateFiles(DIR, -1)
  local names, i = {}, 0
  while true do
    local name = reaper.EnumerateFiles(DIR, i)
    if not name then
      break
    end
    names[#names + 1] = name
    i = i + 1
  end
  table.sort(names)
  return names
end

local function scan(now)
  local snapshot_wanted, ran = false, 0
  local current = {}
  for _, name in ipairs(list_dir()) do
    local cmd_id = name:match("^command_(.+)%.json$")
    local req_id = name:match("^request_(.+)%.json$")
    if cmd_id and util.valid_id(cmd_id) and ran < MAX_COMMANDS_PER_TICK then
      claim_and_run(name, cmd_id)
      ran = ran + 1
    elseif cmd_id and not util.valid_id(cmd_id) then
      os.remove(path(name)) -- a bad name is never executed, and never answered under that name
    elseif req_id then
      current[req_id] = true
      if not state.seen_requests[req_id] then
        snapshot_wanted = true -- the companion answers a hotkey with the freshest levels
      end
    elseif name == "snapshot_request.json" then
      os.remove(path(name))
      snapshot_wanted = true
    end
  end
  state.seen_requests = current
  return snapshot_wanted
end

local function write_heartbeat(now, stopped)
  write_json("heartbeat.json", {
    schema = "mixassist.heartbeat/1",
    at = now,
    reaper_version = reaper.GetAppVersion(),
    bridge_version = BRIDGE_VERSION,
    state_change_count = reaper.GetProjectStateChangeCount(0),
    stopped = stopped or false,
    snapshots_written = state.snapshots_written,
    snapshot_ms = util.round(state.snapshot_s * 1000, 1),
  })
end

local function tick()
  local now = clock.now()
  local precise = reaper.time_precise()
  sample_levels(math.max(0, precise - state.last_precise))
  state.last_precise = precise
  if track_meters then
    if now - state.last_meter_sync >= METER_SYNC_S then
      state.last_meter_sync = now
      track_meters.sync(meters_wanted())
    end
    track_meters.poll()
  end

  local wanted = scan(now)
  local count = reaper.GetProjectStateChangeCount(0)
  local since = now - state.last_snapshot
  local gap = math.max(CHANGE_SNAPSHOT_S, SNAPSHOT_DUTY * state.snapshot_s)
  if count ~= state.last_change_count and since >= gap then
    wanted = true
  elseif is_playing() and since >= PLAYING_SNAPSHOT_S then
    wanted = true
  end
  if wanted then
    state.last_change_count = count
    local started = reaper.time_precise()
    if write_json("snapshot.json", build_snapshot(now)) then
      state.last_snapshot = now
      state.snapshots_written = state.snapshots_written + 1
    end
    state.snapshot_s = reaper.time_precise() - started
  end
  if now - state.last_heartbeat >= HEARTBEAT_S then
    write_heartbeat(now)
    state.last_heartbeat = now
  end
end

local function loop()
  local ok, err = pcall(tick)
  if not ok then
    log_once(tostring(err))
  end
  reaper.defer(loop)
end

local function set_toggle(on)
  if reaper.set_action_options then
    reaper.set_action_options(on and (1 | 4) or 8) -- 1: terminate on relaunch; 4/8: toggle on/off
    return
  end
  local _, _, section, command = reaper.get_action_context()
  if command and command > 0 then
    reaper.SetToggleCommandState(section, command, on and 1 or 0)
    reaper.RefreshToolbar2(section, command)
  end
end

local function on_exit()
  write_heartbeat(clock.now(), true)
  set_toggle(false)
end

-- The pattern file travels with the scripts (ReaPack installs it here); REAPER looks for it in OSC/.
reaper.RecursiveCreateDirectory(reaper.GetResourcePath() .. "/OSC", 0)
util.copy_if_missing(SCRIPT_DIR .. "MixAssist.ReaperOSC", reaper.GetResourcePath() .. "/OSC/MixAssist.ReaperOSC")

set_toggle(true)
reaper.atexit(on_exit)
loop()
