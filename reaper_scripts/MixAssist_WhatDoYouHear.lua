-- @description MixAssist Companion: What do you hear? (ask about the last seconds of playback)
-- @version 1.0.0
-- @author MixAssist Companion
-- @changelog
--   First release.
-- @about
--   # What do you hear?
--
--   Bind this action to a key (Actions > Show action list > Add shortcut). Each press writes a
--   `request_<id>.json` into the MixAssist bridge folder; the companion (`mixassist run`, or the
--   overlay) answers about the last ~20 s that REAPER played, with your tracks, faders and plugins.
--   If earlier requests are still waiting, it tells you that the companion does not seem to run.

local EXT_SECTION = "MixAssist"
local UNANSWERED_S = 10 -- a request this old that nobody took means the companion is not running

local function script_dir()
  local source = debug.getinfo(1, "S").source
  return source:match("^@?(.*[/\\])") or "./"
end

package.path = script_dir() .. "?.lua;" .. package.path
local ok_json, json = pcall(require, "mixassist_json")
local ok_util, util = pcall(require, "mixassist_util")
if not (ok_json and ok_util) then
  reaper.ShowMessageBox("MixAssist: helper files are missing next to this script. Reinstall with: "
    .. "mixassist reaper install", "MixAssist", 0)
  return
end

local function bridge_dir()
  return util.bridge_dir(reaper.GetExtState(EXT_SECTION, "bridge_dir"), reaper.GetResourcePath())
end

-- Oldest waiting request's age in seconds, from the "at" inside each request file.
local function oldest_waiting_s(dir, now)
  reaper.EnumerateFiles(dir, -1)
  local oldest, i = 0, 0
  while true do
    local name = reaper.EnumerateFiles(dir, i)
    if not name then
      break
    end
    if name:match("^request_.+%.json$") then
      local text = util.read_file(dir .. "/" .. name, 4096)
      local req = text and json.decode(text)
      if type(req) == "table" and type(req.at) == "number" then
        oldest = math.max(oldest, now - req.at)
      end
    end
    i = i + 1
  end
  return oldest
end

local function new_id()
  if reaper.genGuid then
    local guid = reaper.genGuid(""):gsub("[{}]", "")
    if util.valid_id(guid) then
      return guid
    end
  end
  return util.new_id(os.date, math.random)
end

local function main()
  local dir = bridge_dir()
  reaper.RecursiveCreateDirectory(dir, 0)
  local now = util.new_clock(os.time, reaper.time_precise).now()
  local waiting_s = oldest_waiting_s(dir, now)
  local id = new_id()
  local request = { schema = "mixassist.request/1", id = id, at = now, kind = "ask", question = json.null }
  local written, err = util.write_atomic(dir .. "/request_" .. id .. ".json", json.encode(request))
  if not written then
    reaper.ShowMessageBox("MixAssist: could not write the request in\n" .. dir .. "\n" .. tostring(err),
      "MixAssist", 0)
  elseif waiting_s > UNANSWERED_S then
    reaper.ShowMessageBox("MixAssist: earlier requests are still waiting. Is the companion running?\n"
      .. "Start it with: mixassist run", "MixAssist", 0)
  end
end

main()
