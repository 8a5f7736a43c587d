-- @description MixAssist Companion: track meters on/off (consent for per-track loudness)
-- @version 1.0.0
-- @author MixAssist Companion
-- @changelog
--   First release.
-- @about
--   # MixAssist track meters
--
--   Run this action to let the MixAssist bridge measure each track's real loudness and tonal balance.
--   When you turn it on, the bridge puts one small analysis plug-in, "JS: MixAssist Track Meter", at the
--   end of every track's FX chain (it passes the audio through untouched) and reads it while REAPER plays.
--   Run the action again to turn it off: the bridge then removes every meter it put there (one undo step).
--   Without it, MixAssist judges track levels on REAPER's peak meters only, and says so.

local SECTION, KEY = "MixAssist", "track_meters"

local function set_toggle(on)
  local _, _, section, command = reaper.get_action_context()
  if command and command > 0 then
    reaper.SetToggleCommandState(section, command, on and 1 or 0)
    reaper.RefreshToolbar2(section, command)
  end
end

local on = reaper.GetExtState(SECTION, KEY) == "on"
if on then
  reaper.SetExtState(SECTION, KEY, "off", true)
  set_toggle(false)
  reaper.ShowMessageBox(
    "MixAssist track meters are off. The bridge removes its meters from this project's tracks "
      .. "(one undo step) within a second.",
    "MixAssist",
    0
  )
else
  local answer = reaper.ShowMessageBox(
    "Let MixAssist measure each track's loudness and tonal balance?\n\n"
      .. "The bridge will put one 'JS: MixAssist Track Meter' at the end of every track's FX chain "
      .. "(it does not change the sound) and read it while REAPER plays. This changes your project; "
      .. "run this action again to remove them all.",
    "MixAssist",
    1 -- OK / Cancel
  )
  if answer == 1 then
    reaper.SetExtState(SECTION, KEY, "on", true)
    set_toggle(true)
  end
end
