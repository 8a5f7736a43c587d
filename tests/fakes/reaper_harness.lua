-- reaper_harness.lua: run a REAL MixAssist ReaScript under lua5.4 against mock_reaper.lua.
--
-- usage: lua5.4 reaper_harness.lua SCENARIO.lua
-- The scenario file returns { script = path, scripts_dir = path, project = {...}, steps = {...},
-- out = path, realtime = false, unix_start = n }. Steps, in order:
--   { ticks = N, dt = seconds, each = fn }  run N UI-loop ticks, the clock (and play position) moving dt
--                                     each; fn(S, P) runs before every tick
--   { run_s = X, until_file = path }  realtime: tick every ~33 ms until X seconds pass or the file exists
--   { exit = true }                   REAPER stops the script: atexit handlers run
--   function(S, P) ... end            change the mock (play state, meters, names...) between ticks
-- At the end the mock's record (undo blocks, mutations, toggles, message boxes, track state) is
-- written to `out` as JSON for the Python test to assert on.

local scenario_path = assert(arg[1], "usage: lua5.4 reaper_harness.lua SCENARIO.lua")
local here = arg[0]:match("^(.*[/\\])") or "./"
package.path = here .. "?.lua;" .. package.path

local scenario = dofile(scenario_path)
package.path = scenario.scripts_dir .. "/?.lua;" .. package.path
local mock = require("mock_reaper")
local S = mock.new(scenario.project)
local P = S.project

local function uptime_s()
  local f = assert(io.open("/proc/uptime"))
  local v = f:read("n")
  f:close()
  return v
end

if scenario.realtime then
  S.reaper.time_precise = uptime_s
else
  -- simulated time: os.time follows the mock clock, so the script's unix clock is deterministic
  local real_time = os.time
  local unix0, clock0 = scenario.unix_start or real_time(), S.clock
  os.time = function(t) -- luacheck: ignore (the harness owns the interpreter)
    if t then
      return real_time(t)
    end
    return math.floor(unix0 + (S.clock - clock0))
  end
end

reaper = S.reaper -- REAPER provides the API as the global `reaper`

local function file_exists(path)
  local f = io.open(path, "rb")
  if f then
    f:close()
    return true
  end
  return false
end

local function advance(dt)
  S.clock = S.clock + dt
  if P.play_state & 1 == 1 then
    P.position = P.position + dt
  end
  S.audio(dt) -- the track meters hear the playback
end

P.script_path = scenario.script
dofile(scenario.script)

for _, step in ipairs(scenario.steps or {}) do
  if type(step) == "function" then
    step(S, P)
  elseif step.ticks then
    for _ = 1, step.ticks do
      if step.each then
        step.each(S, P)
      end
      advance(step.dt or (1 / 30))
      S.tick()
    end
  elseif step.run_s then
    local start = uptime_s()
    while uptime_s() - start < step.run_s and not (step.until_file and file_exists(step.until_file)) do
      local before = uptime_s()
      S.tick()
      if P.play_state & 1 == 1 then
        P.position = P.position + (uptime_s() - before)
      end
      os.execute("sleep 0.03")
    end
  elseif step.exit then
    S.exit()
  end
end

if scenario.out then
  local json = dofile(here .. "../../reaper_scripts/mixassist_json.lua") -- not require: scripts_dir may lack it
  local rec = S.rec
  local tracks = json.array()
  for _, t in ipairs(P.tracks) do
    local fx = json.array()
    local slots = {}
    for _, f in ipairs(t.fx) do
      if f.meter then
        slots[#slots + 1] = f.slot
      end
      local params = json.array()
      for _, prm in ipairs(f.params) do
        params[#params + 1] = prm.value
      end
      fx[#fx + 1] = { name = f.name, enabled = f.enabled, params = params }
    end
    tracks[#tracks + 1] = { guid = t.guid, vol = t.vol, pan = t.pan, mute = t.mute, solo = t.solo, fx = fx,
                            slots = json.array(slots) } -- stylua: ignore
  end
  local dump = {
    undo = json.array(rec.undo),
    undo_points = json.array(rec.undo_points),
    undone = json.array(rec.undone or {}),
    mutations = json.array(rec.mutations),
    violations = json.array(rec.violations),
    prevent_refresh = rec.prevent_refresh,
    undo_depth = rec.undo_depth,
    console = json.array(rec.console),
    message_boxes = json.array(rec.message_boxes),
    toggle = json.array(rec.toggle),
    action_options = json.array(rec.action_options),
    change_count = rec.change_count,
    defer_calls = rec.defer_calls,
    exited = rec.exited or false,
    pending = #(S.pending or {}),
    tracks = tracks,
    registered = json.array(rec.registered),
    commands_run = json.array(rec.commands_run or {}),
    user_extstate = json.object(P.extstate.User or {}),
    mixassist_extstate = json.object(P.extstate.MixAssist or {}),
  }
  local f = assert(io.open(scenario.out, "wb"))
  f:write(json.encode(dump))
  f:close()
end
