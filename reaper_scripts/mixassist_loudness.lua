-- @noindex
-- mixassist_loudness.lua: the track meter's math on the bridge side (no reaper.* inside): post-fader gains,
-- a window of 100 ms records per track, and the BS.1770 gating that turns it into level.lufs and
-- level.bands_db. companion/listening/track_meter.py is the same math in Python (tests hold them together).

local loudness = {}

loudness.STEP_S = 0.1
loudness.BLOCK_STEPS = 4 -- a 400 ms gating block is four steps (75 % overlap, BS.1770-4 eq. 3)
loudness.ABSOLUTE_GATE_LUFS = -70.0
loudness.RELATIVE_GATE_LU = -10.0
loudness.ACTIVE_RANGE_DB = 30.0 -- bands: blocks within 30 dB of the loudest block
loudness.OFFSET_DB = -0.691 -- BS.1770-4 eq. 2
loudness.BANDS = { "sub", "bass", "low_mid", "mid", "high_mid", "presence", "air" }
local NB = #loudness.BANDS

local function log10(x)
  return math.log(x, 10)
end

--- (left, right) amplitude gains of REAPER's default track panner (stereo balance, 0 dB law): the far side
--- fades linearly, the near side stays at unity [check against a real REAPER].
function loudness.pan_gains(pan)
  local p = math.max(-1, math.min(1, pan or 0))
  local left = p > 0 and 1 - p or 1
  local right = p < 0 and 1 + p or 1
  return left, right
end

--- One JSFX record (pre-fader: kl, kr, bands_l[7], bands_r[7]; a band value < 0 means "no frame") after the
--- track's fader (linear) and pan: returns z (channel sum of the K energies) and the mean of the two channels'
--- band powers (nil where the record has none). A muted track gives silence.
function loudness.post_fader(record, volume_lin, pan, mute)
  local gl, gr = 0, 0
  if not mute and volume_lin and volume_lin > 0 then
    local l, r = loudness.pan_gains(pan)
    gl, gr = (volume_lin * l) ^ 2, (volume_lin * r) ^ 2
  end
  local bands = {}
  for b = 1, NB do
    local bl, br = record.bands_l[b], record.bands_r[b]
    if bl ~= nil and br ~= nil and bl >= 0 and br >= 0 then
      bands[b] = (bl * gl + br * gr) / 2
    else
      bands[b] = false
    end
  end
  return record.kl * gl + record.kr * gr, bands
end

--- The last `window_s` of post-fader steps of one track.
function loudness.new_window(window_s)
  local capacity = math.max(loudness.BLOCK_STEPS, math.floor(window_s / loudness.STEP_S + 0.5))
  local w = { capacity = capacity, z = {}, bands = {}, first = 1, last = 0 }
  function w.push(z, bands)
    w.last = w.last + 1
    w.z[w.last], w.bands[w.last] = z, bands
    while w.last - w.first + 1 > w.capacity do
      w.z[w.first], w.bands[w.first] = nil, nil
      w.first = w.first + 1
    end
  end
  function w.count()
    return w.last - w.first + 1
  end
  return w
end

local function to_lufs(z)
  if z <= 0 then
    return -math.huge
  end
  return loudness.OFFSET_DB + 10 * log10(z)
end

--- {lufs = number|nil, bands_db = {sub = number|nil, ...}|nil, window_s, active_blocks} of a window:
--- lufs is the gated integrated loudness (nil for silence); each band the mean power over the active blocks
--- in dB (nil when missing, silent or above Nyquist).
function loudness.summary(w)
  local n = w.count()
  local out = { window_s = math.floor(n * loudness.STEP_S * 1000 + 0.5) / 1000, active_blocks = 0 }
  if n < loudness.BLOCK_STEPS then
    return out
  end
  local blocks, levels, band_blocks = {}, {}, {}
  for j = w.first, w.last - loudness.BLOCK_STEPS + 1 do
    local z, bands = 0, {}
    for b = 1, NB do
      bands[b] = 0
    end
    for s = j, j + loudness.BLOCK_STEPS - 1 do
      z = z + w.z[s]
      for b = 1, NB do
        local v = w.bands[s][b]
        if v == false or bands[b] == false then
          bands[b] = false
        else
          bands[b] = bands[b] + v
        end
      end
    end
    z = z / loudness.BLOCK_STEPS
    for b = 1, NB do
      if bands[b] then
        bands[b] = bands[b] / loudness.BLOCK_STEPS
      end
    end
    blocks[#blocks + 1], levels[#levels + 1], band_blocks[#band_blocks + 1] = z, to_lufs(z), bands
  end
  local sum, count, loudest = 0, 0, -math.huge
  for i, level in ipairs(levels) do
    if level > loudness.ABSOLUTE_GATE_LUFS then
      sum, count = sum + blocks[i], count + 1
    end
    loudest = math.max(loudest, level)
  end
  if count == 0 then
    return out
  end
  local gate = to_lufs(sum / count) + loudness.RELATIVE_GATE_LU
  local gated_sum, gated = 0, 0
  local band_sum, active = {}, 0
  for b = 1, NB do
    band_sum[b] = 0
  end
  for i, level in ipairs(levels) do
    if level > loudness.ABSOLUTE_GATE_LUFS and level > gate then
      gated_sum, gated = gated_sum + blocks[i], gated + 1
    end
    if level > loudness.ABSOLUTE_GATE_LUFS and level >= loudest - loudness.ACTIVE_RANGE_DB then
      active = active + 1
      for b = 1, NB do
        local v = band_blocks[i][b]
        if v == false or band_sum[b] == false then
          band_sum[b] = false
        else
          band_sum[b] = band_sum[b] + v
        end
      end
    end
  end
  out.lufs = to_lufs(gated_sum / gated)
  out.active_blocks = active
  out.bands_db = {}
  for b, name in ipairs(loudness.BANDS) do
    local p = band_sum[b]
    if p and p > 0 then
      out.bands_db[name] = 10 * log10(p / active)
    end
  end
  return out
end

return loudness
