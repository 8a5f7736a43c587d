-- @noindex
-- mixassist_json.lua: the JSON codec of the MixAssist bridge (pure Lua 5.3/5.4, no reaper.* inside).
--
-- REAPER ships no JSON library, and hand-rolled encoders in other bridges got the same things wrong:
-- unescaped control characters, invalid UTF-8 from track names, NaN/inf written as "nan"/"inf", and
-- empty tables written as {} where the reader expects []. This module gets each of those right:
--   * strings: '"' '\' and every control character escaped; invalid UTF-8 bytes replaced by U+FFFD;
--   * numbers: NaN and +-inf become null; integers stay integers; floats use 14 significant digits;
--   * tables: json.array(t) / json.object(t) mark the intent; an unmarked empty table encodes as [];
--     an unmarked table with keys 1..n is an array, one with only string keys an object; anything
--     else (sparse, mixed keys, cycles) is an error rather than silently wrong output.
-- The decoder is strict (RFC 8259), limits nesting depth, and returns json.null for null.

local json = {}

local ARRAY_MT = { __jsontype = "array" }
local OBJECT_MT = { __jsontype = "object" }
local MAX_DEPTH = 64
local REPLACEMENT_CHAR = "\239\191\189" -- U+FFFD in UTF-8

--- A sentinel for JSON null inside decoded tables (a plain nil would drop the key).
json.null = setmetatable({}, { __tostring = function() return "null" end, __jsontype = "null" })

--- Mark t (or a new table) as a JSON array, so that an empty one still encodes as [].
function json.array(t)
  return setmetatable(t or {}, ARRAY_MT)
end

--- Mark t (or a new table) as a JSON object, so that an empty one encodes as {}.
function json.object(t)
  return setmetatable(t or {}, OBJECT_MT)
end

local ESCAPES = {
  ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t",
}

local function escape_char(c)
  return ESCAPES[c] or string.format("\\u%04x", c:byte())
end

-- Replace each byte that is not part of a valid UTF-8 sequence by U+FFFD, so Python can decode the file.
local function valid_utf8(s)
  if utf8.len(s) then
    return s
  end
  local out, i, n = {}, 1, #s
  while i <= n do
    local ok_len = utf8.len(s, i, i) and utf8.offset(s, 2, i)
    local seq = ok_len and s:sub(i, ok_len - 1)
    if seq and utf8.len(seq) == 1 then
      out[#out + 1] = seq
      i = ok_len
    else
      out[#out + 1] = REPLACEMENT_CHAR
      i = i + 1
    end
  end
  return table.concat(out)
end

local function encode_string(s)
  if not s:find('[%c"\\\127-\255]') then
    return '"' .. s .. '"' -- plain ASCII, the common case: nothing to check or escape
  end
  return '"' .. valid_utf8(s):gsub('[%c"\\\127]', escape_char) .. '"'
end

local function encode_number(x)
  if x ~= x or x == math.huge or x == -math.huge then
    return "null"
  end
  if math.type(x) == "integer" then
    return string.format("%d", x)
  end
  if x == math.floor(x) and math.abs(x) < 2 ^ 53 then
    return string.format("%d", math.floor(x))
  end
  local s = string.format("%.14g", x)
  return s
end

-- "array", "object" or nil + error for a plain table.
local function table_kind(t)
  local mt = getmetatable(t)
  if mt and mt.__jsontype then
    return mt.__jsontype
  end
  local n, has_string, has_number = 0, false, false
  for k in pairs(t) do
    n = n + 1
    if type(k) == "string" then
      has_string = true
    elseif math.type(k) == "integer" and k >= 1 then
      has_number = true
    else
      return nil, "unsupported table key of type " .. type(k)
    end
  end
  if n == 0 then
    return "array"
  end
  if has_string and has_number then
    return nil, "table mixes array and object keys"
  end
  if has_string then
    return "object"
  end
  if #t ~= n then
    return nil, "sparse array"
  end
  return "array"
end

local encode_value

local function encode_table(t, depth, seen, out)
  if seen[t] then
    error("json: cycle in table", 0)
  end
  if depth > MAX_DEPTH then
    error("json: nesting deeper than " .. MAX_DEPTH, 0)
  end
  local kind, err = table_kind(t)
  if not kind then
    error("json: " .. err, 0)
  end
  if kind == "null" then
    out[#out + 1] = "null"
    return
  end
  seen[t] = true
  if kind == "array" then
    out[#out + 1] = "["
    for i = 1, #t do
      if i > 1 then
        out[#out + 1] = ","
      end
      encode_value(t[i], depth + 1, seen, out)
    end
    out[#out + 1] = "]"
  else
    local keys = {}
    for k in pairs(t) do
      keys[#keys + 1] = tostring(k)
    end
    table.sort(keys) -- stable output: the same state gives the same bytes
    out[#out + 1] = "{"
    for i, k in ipairs(keys) do
      if i > 1 then
        out[#out + 1] = ","
      end
      local v = t[k]
      if v == nil then
        v = t[tonumber(k)]
      end
      out[#out + 1] = encode_string(k)
      out[#out + 1] = ":"
      encode_value(v, depth + 1, seen, out)
    end
    out[#out + 1] = "}"
  end
  seen[t] = nil
end

encode_value = function(v, depth, seen, out)
  local tv = type(v)
  if v == nil then
    out[#out + 1] = "null"
  elseif tv == "boolean" then
    out[#out + 1] = v and "true" or "false"
  elseif tv == "number" then
    out[#out + 1] = encode_number(v)
  elseif tv == "string" then
    out[#out + 1] = encode_string(v)
  elseif tv == "table" then
    encode_table(v, depth, seen, out)
  else
    error("json: cannot encode a " .. tv, 0)
  end
end

--- Encode a Lua value as JSON text; raises an error (a string) for values JSON cannot carry.
function json.encode(value)
  local out = {}
  encode_value(value, 0, {}, out)
  return table.concat(out)
end

-- ---------------------------------------------------------------- decoder

local Decoder = {}
Decoder.__index = Decoder

local function decode_error(self, msg)
  error(string.format("json: %s at byte %d", msg, self.pos), 0)
end

function Decoder:skip_ws()
  self.pos = self.text:find("[^ \t\r\n]", self.pos) or (#self.text + 1)
end

function Decoder:peek()
  return self.text:sub(self.pos, self.pos)
end

local function utf8_from_code(code)
  return utf8.char(code)
end

function Decoder:string()
  local text, pos = self.text, self.pos + 1
  local out = {}
  while true do
    local stop = text:find('["\\%c]', pos)
    if not stop then
      self.pos = #text + 1
      decode_error(self, "unterminated string")
    end
    out[#out + 1] = text:sub(pos, stop - 1)
    local c = text:sub(stop, stop)
    if c == '"' then
      self.pos = stop + 1
      local s = table.concat(out)
      if not utf8.len(s) then
        decode_error(self, "invalid UTF-8 in string")
      end
      return s
    elseif c == "\\" then
      local e = text:sub(stop + 1, stop + 1)
      local simple = ({ ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t" })[e]
      if simple then
        out[#out + 1] = simple
        pos = stop + 2
      elseif e == "u" then
        local hex = text:match("^%x%x%x%x", stop + 2)
        if not hex then
          self.pos = stop
          decode_error(self, "bad \\u escape")
        end
        local code = tonumber(hex, 16)
        pos = stop + 6
        if code >= 0xD800 and code <= 0xDBFF then
          local low = text:match("^\\u(%x%x%x%x)", pos)
          local low_code = low and tonumber(low, 16)
          if not low_code or low_code < 0xDC00 or low_code > 0xDFFF then
            self.pos = stop
            decode_error(self, "lone surrogate in \\u escape")
          end
          code = 0x10000 + (code - 0xD800) * 0x400 + (low_code - 0xDC00)
          pos = pos + 6
        elseif code >= 0xDC00 and code <= 0xDFFF then
          self.pos = stop
          decode_error(self, "lone surrogate in \\u escape")
        end
        out[#out + 1] = utf8_from_code(code)
      else
        self.pos = stop
        decode_error(self, "bad escape")
      end
    else
      self.pos = stop
      decode_error(self, "control character in string")
    end
  end
end

function Decoder:number()
  -- RFC 8259 grammar, step by step (Lua patterns have no alternation): -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?
  local text, p = self.text, self.pos
  if text:sub(p, p) == "-" then
    p = p + 1
  end
  local int = text:match("^%d+", p)
  if not int or (#int > 1 and int:sub(1, 1) == "0") then
    decode_error(self, "bad number")
  end
  p = p + #int
  if text:sub(p, p) == "." then
    local frac = text:match("^%d+", p + 1)
    if not frac then
      decode_error(self, "bad number")
    end
    p = p + 1 + #frac
  end
  if text:sub(p, p):match("^[eE]$") then
    local exp = text:match("^[-+]?%d+", p + 1)
    if not exp then
      decode_error(self, "bad number")
    end
    p = p + 1 + #exp
  end
  local s = text:sub(self.pos, p - 1)
  self.pos = p
  return tonumber(s)
end

function Decoder:literal(word, value)
  if self.text:sub(self.pos, self.pos + #word - 1) ~= word then
    decode_error(self, "unexpected character")
  end
  self.pos = self.pos + #word
  return value
end

function Decoder:value(depth)
  if depth > MAX_DEPTH then
    decode_error(self, "nesting deeper than " .. MAX_DEPTH)
  end
  self:skip_ws()
  local c = self:peek()
  if c == "{" then
    local obj = json.object()
    self.pos = self.pos + 1
    self:skip_ws()
    if self:peek() == "}" then
      self.pos = self.pos + 1
      return obj
    end
    while true do
      self:skip_ws()
      if self:peek() ~= '"' then
        decode_error(self, "expected a string key")
      end
      local key = self:string()
      self:skip_ws()
      if self:peek() ~= ":" then
        decode_error(self, "expected ':'")
      end
      self.pos = self.pos + 1
      obj[key] = self:value(depth + 1)
      self:skip_ws()
      local d = self:peek()
      self.pos = self.pos + 1
      if d == "}" then
        return obj
      elseif d ~= "," then
        self.pos = self.pos - 1
        decode_error(self, "expected ',' or '}'")
      end
    end
  elseif c == "[" then
    local arr = json.array()
    self.pos = self.pos + 1
    self:skip_ws()
    if self:peek() == "]" then
      self.pos = self.pos + 1
      return arr
    end
    while true do
      arr[#arr + 1] = self:value(depth + 1)
      self:skip_ws()
      local d = self:peek()
      self.pos = self.pos + 1
      if d == "]" then
        return arr
      elseif d ~= "," then
        self.pos = self.pos - 1
        decode_error(self, "expected ',' or ']'")
      end
    end
  elseif c == '"' then
    return self:string()
  elseif c == "-" or c:match("%d") then
    return self:number()
  elseif c == "t" then
    return self:literal("true", true)
  elseif c == "f" then
    return self:literal("false", false)
  elseif c == "n" then
    return self:literal("null", json.null)
  elseif c == "" then
    decode_error(self, "unexpected end of input")
  end
  decode_error(self, "unexpected character")
end

--- Decode JSON text. Returns value, or nil and a one-line error message (never raises).
function json.decode(text)
  if type(text) ~= "string" then
    return nil, "json: expected a string to decode"
  end
  local self = setmetatable({ text = text, pos = 1 }, Decoder)
  local ok, result = pcall(function()
    local v = self:value(0)
    self:skip_ws()
    if self.pos <= #text then
      decode_error(self, "trailing characters")
    end
    return v
  end)
  if not ok then
    return nil, tostring(result)
  end
  return result
end

return json
