-- @noindex
-- mixassist_meters.lua: the bridge's track meters, through a host table (no reaper.* inside, so it runs
-- under a plain Lua 5.4 with a fake host as well as inside REAPER).
--
-- With the user's consent (ExtState MixAssist/track_meters = "on", set by the action
-- MixAssist_TrackMeters.lua) every track gets exactly one "MixAssist Track Meter" JSFX, kept at the end of its
-- FX chain, with a gmem slot of its own (a duplicated track brings a copy with the same slot: it gets a new
-- one). Without consent no meter is ever inserted, and any left from before are removed. Each tick the
-- bridge reads the records the meters wrote since the last tick, applies the track's fader, pan and mute,
-- and keeps the last window of them per track (mixassist_loudness.lua turns that into lufs and bands_db).
--
-- host = {
--   tracks()               -> list of track handles          guid(tr) -> string
--   fx_count(tr)           fx_name(tr, fx) -> string
--   add_meter(tr)          -> fx index of the new meter, or -1 when REAPER cannot find the JSFX
--   delete_fx(tr, fx)      move_fx(tr, from, to)
--   get_slot(tr, fx)       -> slider 1 value                  set_slot(tr, fx, slot)
--   fader(tr)              -> volume (linear), pan (-1..1), muted (bool)
--   gmem_read(i)           -> number, or nil when shared memory is not available
--   change(label, fn)      -> runs fn inside one undo block named label (with PreventUIRefresh)
--   log(msg)               -> one console line
-- }
-- meters.host_from_api(api, fx_file, log) builds that host from the ReaScript API table REAPER gives scripts.

local loudness = require("mixassist_loudness")

local meters = {}

meters.NAME = "MixAssist Track Meter" -- in the JSFX's desc: how the bridge recognises its meter
meters.PROTOCOL = 17701
meters.SLOT_STRIDE = 4096
meters.HEADER = 16
meters.RECORD = 16
meters.RING = 128
meters.MAX_SLOTS = 1024
local NB = #loudness.BANDS

function meters.is_meter(name)
  return type(name) == "string" and name:find(meters.NAME, 1, true) ~= nil
end

--- Read record `n` (0-based count) of `slot` through `read`.
function meters.read_record(read, slot, n)
  local at = slot * meters.SLOT_STRIDE + meters.HEADER + (n % meters.RING) * meters.RECORD
  local rec = { kl = read(at) or 0, kr = read(at + 1) or 0, bands_l = {}, bands_r = {} }
  for b = 1, NB do
    rec.bands_l[b] = read(at + 1 + b)
    rec.bands_r[b] = read(at + 1 + NB + b)
  end
  return rec
end

function meters.new(host, window_s)
  local m = {
    slot_of = {}, -- guid -> slot
    seen = {}, -- guid -> {count = records read, instance = JSFX instance id}
    windows = {}, -- guid -> loudness window
    unavailable = false, -- the JSFX could not be inserted (not installed)
    window_s = window_s,
  }

  local function meter_indices(tr)
    local found = {}
    for fx = 0, host.fx_count(tr) - 1 do
      if meters.is_meter(host.fx_name(tr, fx)) then
        found[#found + 1] = fx
      end
    end
    return found
  end

  local function free_slot(used)
    for slot = 0, meters.MAX_SLOTS - 1 do
      if not used[slot] then
        return slot
      end
    end
    return nil
  end

  --- Make the project match the consent: returns the number of changes made (all in one undo step).
  function m.sync(enabled)
    local plan = {} -- steps to run inside one undo block (each does nothing when its track is already right)
    local used, slots = {}, {}
    for _, tr in ipairs(host.tracks()) do
      local guid = host.guid(tr)
      local found = meter_indices(tr)
      if not enabled then
        for i = #found, 1, -1 do
          plan[#plan + 1] = function()
            host.delete_fx(tr, found[i])
          end
        end
      else
        for i = #found, 2, -1 do -- never two meters on one track: keep the first
          plan[#plan + 1] = function()
            host.delete_fx(tr, found[i])
          end
        end
        local fx = found[1]
        local slot = fx and host.get_slot(tr, fx)
        if slot ~= nil then
          slot = math.floor(slot + 0.5)
        end
        if slot == nil or slot < 0 or slot >= meters.MAX_SLOTS or used[slot] then
          slot = free_slot(used)
        end
        if slot ~= nil then
          used[slot] = guid
          slots[guid] = slot
          plan[#plan + 1] = function()
            local index = fx
            if index == nil then
              if m.unavailable then
                return
              end
              index = host.add_meter(tr)
              if index == nil or index < 0 then
                m.unavailable = true
                host.log("cannot insert the MixAssist Track Meter: is MixAssist_TrackMeter.jsfx in "
                  .. "Effects/MixAssist/? (the companion's install command puts it there); peaks only")
                return
              end
            end
            local last = host.fx_count(tr) - 1
            if index ~= last then
              host.move_fx(tr, index, last)
              index = last
            end
            if host.get_slot(tr, index) ~= slot then
              host.set_slot(tr, index, slot)
            end
          end
        end
      end
    end
    -- only touch the project (and its undo history) when something must change
    local changes = enabled and m.pending_changes(slots) or #plan
    if changes > 0 then
      host.change(enabled and "MixAssist: track meters" or "MixAssist: remove track meters", function()
        for _, step in ipairs(plan) do
          step()
        end
      end)
    end
    for guid, slot in pairs(m.slot_of) do
      if slots[guid] ~= slot then
        m.seen[guid] = nil -- a new slot: start reading it from scratch
      end
    end
    m.slot_of = enabled and slots or {}
    if not enabled then -- consent withdrawn: nothing measured is reported any more
      m.windows, m.seen = {}, {}
    end
    return changes
  end

  --- How many tracks need a change to have exactly one meter, last in the chain, on its slot.
  function m.pending_changes(slots)
    local changes = 0
    for _, tr in ipairs(host.tracks()) do
      local found = meter_indices(tr)
      local slot = slots[host.guid(tr)]
      if #found ~= 1 then
        changes = changes + ((#found == 0 and m.unavailable) and 0 or 1)
      elseif found[1] ~= host.fx_count(tr) - 1 then
        changes = changes + 1
      elseif slot ~= nil and math.floor(host.get_slot(tr, found[1]) + 0.5) ~= slot then
        changes = changes + 1
      end
    end
    return changes
  end

  --- Read every metered track's new records, post-fader, into its window. Returns records read.
  function m.poll()
    local read = host.gmem_read
    local total = 0
    for _, tr in ipairs(host.tracks()) do
      local guid = host.guid(tr)
      local slot = m.slot_of[guid]
      local base = slot and slot * meters.SLOT_STRIDE
      if base and read(base) == meters.PROTOCOL then
        local count, instance = read(base + 1) or 0, read(base + 3)
        local seen = m.seen[guid]
        if not seen or seen.instance ~= instance or count < seen.count then
          seen = { count = math.max(0, count - meters.RING), instance = instance }
          if not m.seen[guid] then
            seen.count = count -- a meter just found: its old records may be another track's; start now
          end
          m.seen[guid] = seen
        end
        local from = math.max(seen.count, count - meters.RING)
        if count > from then
          local volume, pan, muted = host.fader(tr)
          local window = m.windows[guid]
          if not window then
            window = loudness.new_window(m.window_s)
            m.windows[guid] = window
          end
          for n = from, count - 1 do
            window.push(loudness.post_fader(meters.read_record(read, slot, n), volume, pan, muted))
          end
          total = total + count - from
        end
        seen.count = count
      end
    end
    return total
  end

  --- lufs / bands_db of a track's window, or nil when it has no meter readings.
  function m.level(guid)
    local window = m.windows[guid]
    if not window or window.count() == 0 then
      return nil
    end
    return loudness.summary(window)
  end

  return m
end

--- Does the ReaScript API have what the meters need (REAPER 6.x may lack shared memory or FX moves)?
function meters.api_ready(api)
  return api.gmem_attach and api.gmem_read and api.TrackFX_AddByName and api.TrackFX_Delete
    and api.TrackFX_CopyToTrack and api.TrackFX_GetParam and api.TrackFX_SetParam and true or false
end

--- The host interface on top of the ReaScript API (`api` is the table REAPER gives scripts).
function meters.host_from_api(api, fx_file, log)
  return {
    tracks = function()
      local out = {}
      for i = 0, api.CountTracks(0) - 1 do
        out[#out + 1] = api.GetTrack(0, i)
      end
      return out
    end,
    guid = api.GetTrackGUID,
    fx_count = api.TrackFX_GetCount,
    fx_name = function(tr, fx)
      local _, name = api.TrackFX_GetFXName(tr, fx, "")
      return name
    end,
    add_meter = function(tr) -- by file, then by its description [check which one REAPER accepts]
      local index = api.TrackFX_AddByName(tr, fx_file, false, -1)
      if index < 0 then
        index = api.TrackFX_AddByName(tr, "JS: " .. meters.NAME, false, -1)
      end
      return index
    end,
    delete_fx = api.TrackFX_Delete,
    move_fx = function(tr, from, to)
      api.TrackFX_CopyToTrack(tr, from, tr, to, true)
    end,
    get_slot = function(tr, fx)
      return (api.TrackFX_GetParam(tr, fx, 0)) -- slider 1, in its own units (0..1023)
    end,
    set_slot = function(tr, fx, slot)
      api.TrackFX_SetParam(tr, fx, 0, slot)
    end,
    fader = function(tr)
      local muted = api.GetMediaTrackInfo_Value(tr, "B_MUTE") ~= 0
      return api.GetMediaTrackInfo_Value(tr, "D_VOL"), api.GetMediaTrackInfo_Value(tr, "D_PAN"), muted
    end,
    gmem_read = api.gmem_read,
    change = function(label, fn)
      api.Undo_BeginBlock()
      api.PreventUIRefresh(1)
      local ok, err = pcall(fn)
      api.PreventUIRefresh(-1)
      api.Undo_EndBlock(label, -1)
      if not ok then
        log("track meters: " .. tostring(err))
      end
    end,
    log = log,
  }
end

return meters
