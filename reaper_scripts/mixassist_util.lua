-- @noindex
-- mixassist_util.lua: small pure helpers of the MixAssist bridge (no reaper.* inside): dB maths,
-- id checks, the unix clock, atomic file writes and the per-track level window. Kept apart from the
-- REAPER-facing loop so each piece can be tested directly under a plain Lua 5.4 interpreter.

local util = {}

util.ID_PATTERN = "^[A-Za-z0-9_-]+$"
util.ID_MAX_LEN = 64
util.SILENCE_DB = -150.0 -- below this a fader or meter counts as -inf (JSON null)
util.AUDIBLE_DB = -90.0 -- meter readings under this are silence, left out of the average

--- Linear amplitude (1 = 0 dB) to dB; nil for 0, negatives, NaN and anything under SILENCE_DB.
function util.lin_to_db(lin)
  if type(lin) ~= "number" or lin ~= lin or lin <= 0 then
    return nil
  end
  local db = 20 * math.log(lin, 10)
  if db ~= db or db < util.SILENCE_DB or db == math.huge then
    return nil
  end
  return db
end

function util.db_to_lin(db)
  return 10 ^ (db / 20)
end

function util.clamp(x, lo, hi)
  if x < lo then
    return lo
  elseif x > hi then
    return hi
  end
  return x
end

--- A finite number (not NaN, not +-inf)?
function util.is_finite(x)
  return type(x) == "number" and x == x and x ~= math.huge and x ~= -math.huge
end

--- Round to `digits` decimals (keeps files small and diffs readable); nil stays nil.
function util.round(x, digits)
  if x == nil then
    return nil
  end
  local m = 10 ^ (digits or 2)
  return math.floor(x * m + 0.5) / m
end

--- Is `id` safe to put in a file name: [A-Za-z0-9_-]{1,64}, so no path traversal and no odd names.
-- The bridge folder: ExtState MixAssist/bridge_dir when set, else <resource path>/Scripts/MixAssist/bridge
-- (ARCHITECTURE.md); both scripts must agree on it, so it lives here. No trailing slash.
function util.bridge_dir(extstate_dir, resource_path)
  local dir = extstate_dir
  if dir == nil or dir == "" then
    dir = resource_path .. "/Scripts/MixAssist/bridge"
  end
  return (dir:gsub("[/\\]+$", ""))
end

function util.valid_id(id)
  return type(id) == "string" and #id >= 1 and #id <= util.ID_MAX_LEN and id:match(util.ID_PATTERN) ~= nil
end

--- A new id for a request file: UTC time plus random hex, e.g. 20261126T131500_3fa2c91b.
function util.new_id(os_date, random)
  return os_date("!%Y%m%dT%H%M%S") .. "_" .. string.format("%08x", random(0, 0x7fffffff))
end

-- ---------------------------------------------------------------- unix clock

--- Unix time with sub-second resolution. os.time() ticks in whole seconds and REAPER's time_precise()
--- has an arbitrary origin, so the clock learns the offset between them at the moment os.time() ticks
--- over (exact to one defer tick); until then it assumes the middle of the current second.
function util.new_clock(os_time, time_precise)
  local clock = { last_sec = os_time(), offset = nil }
  clock.offset_guess = clock.last_sec + 0.5 - time_precise()
  function clock.now()
    local sec, precise = os_time(), time_precise()
    if sec ~= clock.last_sec then
      clock.last_sec = sec
      clock.offset = sec - precise
    end
    return precise + (clock.offset or clock.offset_guess)
  end
  return clock
end

-- ---------------------------------------------------------------- files

--- Write `text` to `path` atomically: a temporary name, then rename over the target. On Windows
--- os.rename fails when the target exists, so remove it and rename again. Returns true or nil, err.
function util.write_atomic(path, text)
  local tmp = path .. ".tmp"
  local f, err = io.open(tmp, "wb")
  if not f then
    return nil, err
  end
  local ok, werr = f:write(text)
  f:close()
  if not ok then
    os.remove(tmp)
    return nil, werr
  end
  if os.rename(tmp, path) then
    return true
  end
  os.remove(path)
  local renamed, rerr = os.rename(tmp, path)
  if not renamed then
    os.remove(tmp)
    return nil, rerr
  end
  return true
end

function util.read_file(path, max_bytes)
  local f = io.open(path, "rb")
  if not f then
    return nil, "cannot open " .. path
  end
  local text = f:read(max_bytes + 1) or ""
  f:close()
  if #text > max_bytes then
    return nil, "file larger than " .. max_bytes .. " bytes"
  end
  return text
end

function util.file_exists(path)
  local f = io.open(path, "rb")
  if f then
    f:close()
    return true
  end
  return false
end

--- Copy src to dst unless dst exists already (keeps a user's edited copy). Returns true if copied.
function util.copy_if_missing(src, dst)
  if util.file_exists(dst) then
    return false
  end
  local text = util.read_file(src, 1024 * 1024)
  if not text then
    return false
  end
  return util.write_atomic(dst, text) == true
end

-- ---------------------------------------------------------------- level window

--- Per-track peak statistics over the last `window_s` seconds of playback. Each add() takes the
--- playback seconds that passed since the previous reading and the peak in dB (nil = silence);
--- stats() gives the average of the audible readings, the maximum, and the seconds covered.
function util.new_level_window(window_s)
  local w = { window_s = window_s, tracks = {}, played_s = 0.0 }

  function w.advance(dt_s)
    w.played_s = w.played_s + dt_s
  end

  function w.add(key, db)
    local ring = w.tracks[key]
    if not ring then
      ring = { t = {}, db = {}, first = 1, last = 0, since = w.played_s }
      w.tracks[key] = ring
    end
    ring.last = ring.last + 1
    ring.t[ring.last] = w.played_s
    ring.db[ring.last] = db or false
    local oldest = w.played_s - w.window_s
    while ring.first <= ring.last and ring.t[ring.first] < oldest do
      ring.t[ring.first], ring.db[ring.first] = nil, nil
      ring.first = ring.first + 1
    end
  end

  function w.stats(key)
    local ring = w.tracks[key]
    if not ring or ring.last < ring.first then
      return nil
    end
    local sum, n, max = 0.0, 0, nil
    for i = ring.first, ring.last do
      local db = ring.db[i]
      if db and db >= util.AUDIBLE_DB then
        sum, n = sum + db, n + 1
      end
      if db and (max == nil or db > max) then
        max = db
      end
    end
    local covered = math.min(w.window_s, w.played_s - ring.since)
    return { avg_peak_db = n > 0 and sum / n or nil, max_peak_db = max, window_s = covered }
  end

  return w
end

return util
