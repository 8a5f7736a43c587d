"""The amateur's vocabulary for ``model.intent``: technique words, instrument words (with their slang and
abbreviations), and complaint words, each as regex patterns tried in order."""

from __future__ import annotations

from companion.context import Topic
from model.overshoot import CUT_TOO_FAR

# the sibilance itself, said instead of the tool that treats it: "the s sounds", "esses", "sss", "sibilant"
# "make it less spitty", "spitty, how do i fix it": esses and t sounds that spit at the ear, asked to be tamed,
# which is the de-esser's job (a yes/no "is the singer spitty?" stays a harsh claim the meters judge)
SIBILANCE_WORDS = (
    r"sibilan\w*",
    r"(?<!\w)'?(s|ess)'?[- ]sounds?\b",
    r"\bess(es|y)\b",
    r"\bs{3,}\b",
    r"\b(less|not so|not as) spitty\b|\bspitt(y|iness)\b[^?]*\b(how|fix\w*|tame)\b|\b(how|fix|tame)\b[^?]*\bspitt(y|iness)\b",
)

# technique name -> patterns, tried in this order (a named tool before the general words it contains:
# "parallel compression" is not plain compression, "pan it wider" is panning); names match
DISTORTION_ADDED = (
    r"\b(add|adding|put|putting|slap|slapping|throw|throwing|use|using|try|trying|stick|sticking|chuck|chucking)"
    r"( on)? (some |a (bit|touch|little|dash|hint) of |a little |a touch of |more |a |an |light |subtle |gentle )?"
    r"(distortion|overdrive|fuzz)\b|\b(distortion|overdrive|fuzz) (pedal|plug-?in|plugin)\b"
)
"""Distortion put on a part on purpose ("slap some distortion on it"): a colour added, not clipping heard."""
PLAYED_DISTORTED = r"\b(distorted|overdriven|fuzzed) (rhythm |lead |electric |heavy )?(guitars?|gtrs?|bass)\b"
"""'what eq do ppl slap on distorted rhythm gtrs': the kind of guitar sound, played that way, not clipping heard."""
# companion.knowledge.techniques.TECHNIQUES
TECHNIQUE_WORDS: dict[str, tuple[str, ...]] = {
    # "get the pad to breathe with the kick", "that pumping thing", "pump to the kick": the sidechain pump asked
    # by its sound (a limiter or compressor "pumping" on its own stays a compression complaint)
    "sidechain": (
        r"side[- ]?chain\w*",
        # "duck it a few dB?" with no trigger after it is a fader move down, not a sidechain
        # nor "the vocal is ducking behind it", "ducks out of the way": a part said to hide
        r"\bduck(ing|s)?\b(?! (behind|under|out|away|down behind|for cover|and (hide|hides|hiding)))"
        r"(?!( (it|them|that|this|the \w+( \w+)?|my \w+( \w+)?))? (a (few|couple( of)?|bit|touch|notch|"
        r"hair|tad|little)|\d+(\.\d+)?|some)( (db|dbs|decibels?|notch(es)?))?\s*(\?|!|\.|,|$))",
        r"\b(pump\w*|breath\w*|bounc\w*|throb\w*) (\w+ ){0,2}(with|to|against|along with|around|under) (the |my |each |every )?"
        r"(kick|kik|kck|bd|bass ?drum|beat|four on the floor|4 on the floor)s?\b",
        r"\b(that|the|this|a|an|some|edm|house|french house|daft punk)[- ](pump|pumping|pumpy)[- ]?(thing|effect|sound|vibe|feel)\b",
    ),
    "deessing": (r"\bde-?ess\w*", r"\bdees+(er|ers|ing|ed)?\b", *SIBILANCE_WORDS),
    "parallel_compression": (
        r"\bparallel\b(?! (reverb|delay|eq|saturation|distortion)\b)",
        r"\b(ny|new york)[- ](style )?comp\w*",
    ),
    "multiband": (r"\bmulti[- ]?band\w*", r"\bmb comp\w*", r"\breaxcomp\b"),
    "transient_shaping": (
        r"\btransient[- ]?(shap|design)\w*",
        r"\bshap(e|es|ing) (the |its |their |my )?transients?\b",
    ),
    "saturation": (
        r"\bsaturat\w*",
        r"\b(tape|tube|valve|analog(ue)?)[- ](warmth|saturation|emulation|sim\w*|drive|colou?r\w*|machine)\b",
        # "is the tape plugin on my mix bus adding noise": a tape emulation named as the plug-in
        r"\btape (plug-?ins?|emulators?|thing)\b",
        # an exciter (aural or harmonic) adds generated harmonics to the top: saturation on a high band
        r"\bexciters?\b",
        # "one of those sub harmonic enhancer plugins", "a bass enhancer", "maxxbass": generated harmonics on the low
        # end, saturation on a low band (a "stereo enhancer" is width, not this)
        r"\b(sub[- ]?)?harmonic (enhanc|generat|exciter|synth)\w*|\b(bass|sub|low[- ]end) (enhanc|exciter)\w*|"
        r"\bmaxx ?bass\b",
        # "gonna slap some distortion on it", "add a little drive": distortion added as a colour is saturation
        DISTORTION_ADDED,
        # "is the amp sim too gainy?": the amp's drive blamed, the same colour (a new amp or cab is a source swap)
        # ("more drive in the chorus" is energy, not this)
        r"\bgainy\b|\b(too much|crank\w*) (the )?(amp (sim )?(gain|drive)|drive)\b",
    ),
    "gain_staging": (r"\bgain[- ]?stag\w*", r"\bgain structure\b", r"\bstaging\b"),
    "automation": (
        r"\bautomat\w*",
        r"\b(volume|vocal|vox|fader|level|gain)[- ]rides?\b",
        r"\brides (on|for)\b",
        r"\brid(e|es|ing) (the |my |its |their |that |this )?(vocal|vox|it|them)s?\b",
        # "should i eq it or just ride the fader", "should i just ride the fader": the fader offered as the plain
        # move (against a tool, or "just"), not a ride through the song
        r"(?<!\bor )(?<!\bjust )(?<!\bsimply )\brid(e|es|ing) (the |my |its |their |that |this )?(fader|volume|level|gain)s?\b",
        r"\b(volume|pan|track) envelopes?\b",
        # "should i ride the master fader?": the whole mix's level moved through the song
        r"\brid(e|es|ing) (the |my )?(master|mix ?bus|2 ?bus|two ?bus|stereo bus)( fader| volume| level)?\b",
        # "make the organ swell up in the bridge", "have the pad come up in the chorus": a level that moves
        # ("the chorus is meant to swell up huge": a section's lift wished, what the arrangement and balance make)
        r"(?:^|[.?!]\s+)(?![^.?!]*\b(chorus|choruses|verse|bridge|hook|drop|section|song|mix|track)\b[^.,?!]{0,25}\bswell)"
        # ("why does my chorus feel so bare?? its supposed to swell up": a lift wished, what balance makes)
        r"(?![^.?!]*\b(supposed|meant|s'?posed) to swell\b)"
        r"[^.?!]*?\bswell(s|ed|ing)? (up|in|out|into)\b",
        r"\b(come|comes|coming|creep|creeps) (up|in) (in|for|during|at) the (chorus|bridge|verse|drop|solo|outro|intro|hook)\b",
    ),
    # before compression: a gate is set with a threshold too ("gate the snare, threshold n release ballpark")
    "gating": (r"\bgat(e|es|ing)\b", r"noise gate", r"\breagate\b"),
    "compression": (
        r"compress\w*",
        r"\bsquash (it|them|the|my|that|this|those|these)\b",  # "squash it or turn it up?": a compressor asked
        # never "a battle of the bands demo comp", "entering a songwriting comp": a competition
        r"(?<!\bdemo )(?<!\bsong )(?<!\bsongwriting )(?<!\bmix )(?<!\bmixing )(?<!\bremix )(?<!\bbands )"
        r"(?<!\bband )(?<!\btalent )(?<!\bproduction )(?<!\bbeat )(?<!\bradio )\bcomp\b(?!etition)",
        r"\breacomp\b",  # REAPER's own compressor
        r"\bratio\b",
        r"threshold",
        # "glued to my face" is too close, not glue; "sitting on top, not glued in": placed in the mix, a blend
        r"\bglue\b|\bglued\b(?! to\b| in(to)?\b)",
        # "everything sounds like separate loops", "make the mix more cohesive": the whole mix asked to hold together,
        # which is glue on the mix bus
        r"\b(sound|sounds|sounding|feel|feels|like) (like )?(\w+ )?(separate|seperate|different|individual|isolated) "
        r"(loops|parts|tracks|recordings|pieces|layers|rooms|sessions)\b",
        r"\b(mix|everything|it all|whole (thing|track|song|mix)|song|tune) (\w+ ){0,3}(more )?(cohesive|gel(s|led)? together)\b",
        # "make my drums sound cohesive instead of separate mics", "get the kit to gel like one instrument": a group
        # asked to hold together, which is glue on its bus
        r"\b(drums?|kit|drum bus|band|backing vocals|bvs|horns|strings|guitars|gtrs) (\w+ ){0,3}(more )?(cohesive|"
        r"gel(s|led)?( together| like one)?)\b|\b(sound|sounds|feel|feels) like one (instrument|kit|unit)\b",
        r"\b(what|which)\s+(attack|release)\b",
        r"\b(attack|release)\s+time\b",
        r"\bhow (fast|slow|quick|long)\b[^?]{0,20}\b(attack|release)\b",
    ),  # the settings: a compressor's
    # "stacked to the ceiling", "through the ceiling": an idiom for too much, not the limiter's ceiling
    "limiting": (
        r"\blimit(er|ers|ing)?\b",
        r"(?<!to the )(?<!through the )(?<!thru the )(?<!hit the )\bceiling\b",
        r"maximi[sz]\w*",
        r"\brealimit\w*",
    ),
    "eq": (
        r"\beq\w*",
        r"\breaeqs?\b",  # REAPER's own EQ, named as the user sees it in the FX chain
        r"equali[sz]\w*",
        r"high[- ]?pass\w*",
        r"low[- ]?pass\w*",
        r"\bhpf\b",
        r"low[- ]?cut",
        r"\bshelf\b",
        # "drop it a notch" is an amount, "a notch at 300" the filter
        r"(?<!\ba )(?<!\bone )\bnotch\b(?! (or two|down|up)\b)",
        r"\b(a|one) notch\b(?=\s*(at|around|near|on|in|into|filter|cut|out|@|\d))",
        # "carve out some 300hz": carving a band is a cut
        r"\b(cut|boost|dip|scoop|carv)\w* (\w+ ){0,2}\d+ ?(hz|k\b|khz)",
        r"\b\d+ ?(hz|k|khz) (cut|boost|dip|notch|scoop)\b",  # "a 300hz dip on the kick"
        r"\b(boost|cut|dip|scoop|carve out|take out|pull out)\w* (some |the |its |their |his |her |my |a bit of |more |a little )?(low[- ]?end|lows|"
        r"low[- ]?mids|mids|highs|top[- ]?end|high[- ]?end|treble|bottom|sub)\b",
    ),
    # "strumming it down the hall": a far-off place (a part too quiet or dull), not a hall reverb
    "reverb": (
        r"reverb\w*",
        r"\bverbs?\b",
        r"\bplate\b",
        r"(?<!down the )(?<!across the )(?<!of the )\bhall\b",
        r"\breaverb\w*",
    ),
    "delay": (r"\bdelays?\b", r"\becho(es)?\b", r"slap ?back", r"\breadelay\b"),
    "panning": (
        r"\bpan(ning|ned|s)?\b",
        r"stereo field",
        r"left and right",
        r"\btoo far (to (the )?|over to (the )?)?(left|right)\b",
        # "should the hats be more to the side?", "hats more to the right?": a place across the field
        # ("rhodes needs more right?" ends on the tag "right?": more of the part, asked for agreement)
        r"\b(more|further|farther|out) (to|towards?) the (sides?|left|right|edges?)\b|\bmore left\b|\bmore right\b(?!\s*\?+\s*$)",
    ),
    "widening": (
        r"\bstereo (widen|enhanc|spread)\w*",
        r"\bwiden\w*",
        r"\bwider\b",
        r"\bmore stereo\b",  # "how do i make the rhodes more stereo": wider, said plainly
        r"\bmid[- /]side\b",
        r"\bhaas\b",
        # "how do i make my pad feel wide n lush": wider, wished as a feel
        r"\b(make|get) ([\w']+ ){1,3}(feel |sound |seem )?(more |really |super |nice and |nice n |real )?wide\b",
    ),
}
SMALL_SPEAKER_WORDS = (r"\b(phone|laptop|small|tiny|cheap|car|bluetooth)s?( speakers?)?\b|\bearbuds\b",)
"""Where a bass vanishes: saturation is asked for so its harmonics carry it there."""
TECHNIQUE_SYMPTOMS: dict[str, tuple[str, ...]] = {
    "deessing": SIBILANCE_WORDS,
    "saturation": SMALL_SPEAKER_WORDS,
}
"""The words for what a technique treats rather than the technique itself: a question with only these asks about
the sound ("is my vocal sibilant?"), which only listening answers; the tool named ("de-esser") asks about the move.
"""
OWN_COMPLAINT: dict[str, str] = {
    "deessing": "harsh",
    "widening": "narrow",
    "saturation": "small",
    "parallel_compression": "punch",
}
"""The complaint a technique's own words raise ("sibilant" reads as harsh, "wider" as narrow): said with the
technique, it is what the technique is asked for, not a fault of its own to judge."""
PURPOSE_ASKED: frozenset[str] = frozenset({"widening", "parallel_compression"})
"""Techniques whose own complaint, said beside a way asked for, is the purpose ("the pad's narrow, how do i widen
it?", "parallel comp for more smack, how?"): the way is the answer. A de-esser is not among them: "harsh, how
do i de-ess it?" may have a cause the de-esser never touches."""

# (word, pattern, topic): instruments in the order they are tried; the first words are the most specific
_BEAT = (
    r"(?<!every )(?<!other )(?<!each )(?<!per )(?<!on the )(?<!off the )(?<!of the )(?<!behind the )(?<!second )"
    r"(?<!third )(?<!fourth )(?<!half a )(?<!one )(?<!a )\bbeat\b"
    # "when the beat drops": the drop, a section of the song, not the drums
    r"(?! drops\b)"
)
"""'the beat' as the drums, not as a unit of time ("poking out every other beat", "on the beat", "half a beat")."""
_CHORD_WORDS = (
    "",
    "the ",
    "some ",
    "long ",
    "simple ",
    "basic ",
    "big ",
    "its ",
    "those ",
    "held ",
    "sustained ",
)
"""Words between a verb in -ing and "chords" ("holding long chords"): the chords a part plays, said of it."""
DRIVEN_PART = (
    r"(?! (electric )?(gtrs?|guitars?|electrics?|bass|synths?|leads?|riffs?|chords?|power chords?)\b)"
)
"""After "distorted": a part whose drive is its sound ("under the distorted gtrs"), not clipping heard."""
_TOOL_SLAMMED = (
    r"(more |some |a |an |heavy |hard |extra |the |my )*(compression|comp|compressor|limiter|limiting)\b"
)
"""'slam more compression on it': a tool applied hard, a move proposed, not the punch heard."""
_CLAIMS = r"(swears|says|said|thinks|reckons|claims|insists|reckon|wants|likes|loves|hates)"
"""A band mate's say ("the bass player says its perfect"): a person speaking, no part of the mix."""
MASTER_NUMBER = (
    r"\bwhat('?s| is) (the |my )?(number|reading|meter|read ?out)\b[^?.]{0,15}\b(on|of|at) (the |my )?(master|mix|bounce)\b|"
    r"\bwhat('?s| is) (the |my )?(master|mix|bounce) (reading|sitting|peaking|at)\b"
)
"""'what's the number on the master', 'whats my master reading at': the master's meter, a number asked."""
_SELF = r"(he'?s|hes|he is|he was|he gets|she'?s|shes|she is|she was|she gets|(his|her) (part|drums|kit|guitar|bass|piano|playing) (is|are|gets?))\b"
"""The player speaking of their own part ("our drummer swears hes buried"): that part, the one asked about."""
PLAYER_SAYS = (
    rf"\b[a-z]+(?: [a-z]+)? player(?=s? {_CLAIMS}\b)(?!s? wants? (it|them|more|his|her|their|himself|herself)\b)"
    rf"(?!s? {_CLAIMS} {_SELF})"
)
"""'the fiddle player says its perfect': a band mate quoted, the instrument in it no part asked about ("my organ
player wants it louder" wants their own part, which is asked about)."""

INSTRUMENTS: tuple[tuple[str, str, Topic], ...] = (
    ("backing vocals", r"(backing|back[- ]?up) (vocals?|vox|singers?)|"
     # "the second voice", "my duet partner", "the other singer": a voice beside the lead
     r"\b(second|2nd|third|3rd|other|upper|lower|high|low) (voices?|vocals?|vox|singers?|harmony)\b|\bduet (partner|singer|voice|vocal)s?\b|\bbvs?\b|\bbgvs?\b|harmon(y|ies)( (vocals?|vox|voices?|singers?|parts?|lines?|tracks?))?|\bchoir\b|\b(the |those |my )(o+h+s|a+h+s)\b|\b(o+h+s?|a+h+s?)[- ]?(and |n |& |'n'? )?(o+h+s|a+h+s)\b|background (vocals?|vox|singers?)|\bback-?ups\b|(?<!guitar )(?<!gtr )\bdoubles\b|\bdbls\b", Topic.VOCALS),
    # "kick this back" is a verb too; "the chorus kicks in" is a verb: bare "kicks" followed by "in" is a kick drum only after "the", "my"...
    ("kick", r"\bkick( drum)?s?\b(?<!kicks)(?! (it|this|that|them|(this|my|the|our|that) (mix|song|track|tune|master|one)) (back|out)\b)"
     # "the second both gtrs kick in..": a verb with no "the" before it, ending its clause
     r"(?!(?<!\bthe kick)(?<!\bmy kick)(?<!\bour kick)(?<!\byour kick)(?<!\bthat kick)(?<!\bthis kick)(?<!\ba kick) in"
     r"\s*([.,!?;]|$| and\b| then\b| n\b))|\bkicks\b(?! in\b)|(?:(?<=\bthe )|(?<=\bmy )|(?<=\bour )|(?<=\byour ))kicks\b|\bkik\b|bass ?drum", Topic.DRUMS),
    ("snare", r"\bsnares?\b|\bback ?-?beats?\b", Topic.DRUMS),  # "the backbeat": the snare on 2 and 4
    # "the tss tss tss", "that tsst": the hats by their sound, as people say them, unless the sound is put on
    # another high percussion part ("that tss tss sound, is it the shaker?"); "a busy 16th hat pattern": one hat
    ("hi-hat", r"\bhi[- ]?hats?\b|\bhats\b|\bhat\b(?! (off|tip)\b)|(\bts{2,}t?\b|\bts+(\s+ts+)+\b)(?![^?.!]*\?[^?.!]*\b(shakers?|tamb\w*|"
     r"cymbals?|perc\w*|ride|crash)\b)(?![^?.!]*\b(shakers?|tamb\w*|cymbals?|perc\w*|ride|crash)\b)", Topic.DRUMS),
    ("toms", r"\btoms?\b", Topic.DRUMS),
    ("overheads", r"\boverheads?\b", Topic.DRUMS),
    # "ride the vocal", "ride it", "should i ride the keys up": a fader ride, not the ride cymbal; "does she ride on
    # top of the band": a part riding, not the cymbal
    ("cymbals", r"\bcymbals?\b|(?<!\bi )(?<!\bto )(?<!\bjust )(?<!\bu )(?<!\bshe )(?<!\bhe )(?<!\bthey )(?<!\bit )\bride\b"
     r"(?! (the |my |its |their |that |this )?(fader|vocal|vox|volume|level|gain|it|them)s?\b)(?! ([\w']+ ){1,3}(up|down)\b)"
     r"|\bcrash\b", Topic.DRUMS),
    ("percussion", r"\bpercussion\b|\bperc\b|\bshakers?\b|\btambourine\b|\bcongas?\b|\bbongos?\b", Topic.DRUMS),
    # "stuck behind the drummer": the player standing for the drums (not "my drummer says ...", a person)
    # "our drummer swears hes buried": the player's claim about himself stands for the drums
    ("drums", rf"\bdrums?\b|\bdrum (bus|kit)\b|(?<=\bthe )kit\b|{_BEAT}|\bskins\b|\btubs\b|(?<=\bbehind the )drummer\b|"
     rf"\bdrummer(?= {_CLAIMS} {_SELF})",
     Topic.DRUMS),  # "the skins", "the tubs": drummers' slang
    # "the double bass", "the upright": one instrument said in two words, or a bass's own word (not "upright piano");
    # "my bassist plays super uneven": the player standing for the part, said with what the part does (not "my
    # bassist says ...", "is my bassist just being picky?": a person)
    ("bass", r"\b(double|upright|string|acoustic) bass(es)?\b(?! drum)|\b(low|bass|sub) synths?\b|\breese( bass)?\b|\bupright\b(?! pianos?\b)|\bcontrabass(es)?\b|"
     rf"\bbass( guitar|line)?\b(?! drum)(?! player {_CLAIMS}\b)|\bbassist\b(?= {_CLAIMS} {_SELF}| (plays?|played|playing|sounds?|sounded|is all over|comes? (in|out)|gets? (lost|buried)|is (too |way |so |kinda |a bit )?(loud|quiet|low|buried|uneven|boomy|muddy|thin|inconsistent))\b)|\b808s?\b(?! (kick|snare|clap|hats?|hi-?hats?|drums?|cowbell)s?\b)"
     # "the sub", "sub's overpowering": the part that carries the sub range (not "too much sub", the range's amount)
     # (never "his sub", "my mates sub": a listener's subwoofer, the playback)
     r"|(?<!much )(?<!more )(?<!less )(?<!some )(?<!enough )(?<!of )(?<!cut )(?<!boost )(?<!in the )"
     r"(?<!his )(?<!her )(?<!their )(?<!mates )(?<!mate's )(?<!friends )(?<!friend's )(?<!buddy's )(?<!car )"
     r"\bsub(?:[- ]?bass)?\b(?!s\b)"
     r"(?![- ]?(band|range|frequenc\w*|region|area|end|lows?|octave|harmonics?)\b)", Topic.BASS),
    # a banjo, a mandolin, a ukulele: plucked acoustic strings, the acoustic guitar's role in a mix; "acoustic"
    # before another instrument ("the acoustic piano", "acoustic drums") is that instrument's kind, not a guitar;
    # "how acoustic stuff sounds", "acoustic music", "an acoustic set": a kind of music, no part ("is the acoustic set
    # too low": the guitar's level, set)
    ("acoustic guitar", r"acoustic( guitars?)?\b(?! (grand |upright )?(pianos?|drums?|kits?|bass(es)?|keys)\b)(?! (stuff|music|songs?|tunes?|records?|genre|acts?|sets?(?! (too|a bit|a little|way|kinda|at|to|up|down|right|low|lower|high|higher|loud|louder|quiet|quieter)\b)|vibes?)\b)|\bthe ac\b|\bac gtrs?\b|\bbanjos?\b|\bmandolins?\b|\bmandos?\b|"
     r"\bukuleles?\b|\bukes?\b", Topic.GUITARS),
    # "that plucky synth riff": a riff played on another part is that part's, not a guitar's; "my pluck synth
    # gets piercing when it plays the riff": the riff the part named plays
    ("guitar", r"\bguitars?\b|\bgtrs?\b|(?<!synth )(?<!pluck )(?<!plucky )(?<!piano )(?<!keys )(?<!bass )(?<!organ )"
     r"(?<!horn )(?<!sax )(?<!plays the )(?<!playing the )(?<!play the )(?<!played the )(?<!plays that )"
     r"(?<!plays its )(?<!its )\briffs?\b|\belectrics\b|"
     # "the clean strat part", "my tele": an electric guitar said by its model
     r"\bstrats?\b|\bstratocasters?\b|\btelecasters?\b|\bteles?\b|\bles ?pauls?\b|\bstrum(s|ming|med|my)?\b(?! (electric |acoustic )?(guitars?|gtrs?|acoustics?)\b)|"
     rf"\bguitarist(?= {_CLAIMS} {_SELF})",
     Topic.GUITARS),  # "my strumming" ("my strummy guitar part": the guitar, said as such)
    # "tickle the ivories", "the 88s"; an electric piano is the Rhodes' sound, not a piano
    ("piano", rf"(?<!electric )(?<!\be-)(?<!\be)\bpianos?\b|\b(the )?ivories\b|\b88s\b|\bpianist(?= {_CLAIMS} {_SELF})",
     Topic.KEYS),
    ("rhodes", r"\brhodes\b|\bwurli\w*|\be-?pianos?\b|\belectric pianos?\b", Topic.KEYS),
    ("organ", r"\borgans?\b|\bhammond\b|\bb-?3\b|\bleslie\b", Topic.KEYS),  # the Hammond B3 and its Leslie
    ("pad", r"\b(synth )?pads?\b", Topic.KEYS),
    ("synth", r"\bsynths?\b|\barps?\b|\bplucks?\b|\bplucky\b", Topic.KEYS),
    ("keys", r"\bkeys\b|\bkeyboards?\b|\bclav(inet)?s?\b|\baccordions?\b|\bmellotrons?\b", Topic.KEYS),
    # "the chords", "the comping": whatever plays the harmony (keys, guitars, pads), resolved against the session;
    # "piano is just holding chords", "plonking simple chords": what a part named plays, no part of its own
    ("chords", "".join(rf"(?<!ing {w})" for w in _CHORD_WORDS) + r"\bchords?\b|\bchordal\b|"
     # "the piano comping": what the piano plays, no part of its own
     r"(?<!piano )(?<!keys )(?<!rhodes )(?<!organ )(?<!guitar )(?<!gtr )(?<!synth )(?<!wurli )\bcomping\b", Topic.KEYS),
    ("horns", r"\bhorns?\b|\bbrass\b|(?<!\bin )(?<!during )(?<!on )\b(the|those|my|horn) stabs?\b|\btrumpets?\b|\bsax\w*|\btrombones?\b|\bflutes?\b|\bclarinets?\b|\btubas?\b|\boboes?\b|\bbassoons?\b|\bflugel\w*|\bcornets?\b|\btpts?\b|\btbns?\b|\b(wood)?winds\b", Topic.OVERALL_MIX),
    # "bad strings maybe?", "new guitar strings": the strings on a guitar, not a string section
    ("strings", r"(?<!bad )(?<!old )(?<!new )(?<!dead )(?<!worn )(?<!fresh )(?<!cheap )(?<!rusty )(?<!guitar )(?<!nylon )"
                r"(?<!steel )(?<!bass )\bstrings\b|\bstring (section|parts?|ensemble|arrangement|lines?|players)\b|\bviolins?\b|\b(violon)?cellos?\b|\bviolas?\b|\bfiddles?\b|\bvl[nac]s?\b", Topic.OVERALL_MIX),
    ("vocal", r"\bvocals?\b|\bvox\b|\bvoice\b|\bsinger\b(?! (says|said|reckons?|thinks?|thought|feels?|claims?|swears?) (the |my |our |this )?(whole )?(mix|song|track|tune|master|record|thing|it'?s?|everything|they'?re|theyre|those|these|them)\b)|\bsinging\b|\blyrics?\b|(\b(the|my|our|that|this) |^\W*|(?<=vs )|(?<=vs\. )|(?<=versus )|(?<=against ))lead\b(?! (guitars?|gtrs?|synths?|lines?|parts?|instruments?|riffs?|sound|in|sheets?)\b)|\bvocalist\b|"
     # "my singer reckons the mix is shouty": the singer a person quoting a view of the whole mix, not the part;
     # the singer asking about themself ("so its me thats too quiet", "am i too loud?", "im getting buried")
     r"\b(it'?s|is it|its) me\b(?= (that|who|thats|that'?s|who'?s|being|too|getting)\b)|\bam i (\w+ )?(too (loud|quiet|soft|low|hot|buried)|getting (buried|drowned|lost|swallowed|covered|masked)|sitting|buried|drowned|lost|loud|quiet)\b|"
     r"\bi'?m (\w+ )?(too (loud|quiet|soft|low|hot|much|buried)|getting (buried|drowned|lost|swallowed|covered|masked)|buried|drowning|drowned)\b|"
     # "do i need to ride myself up in the choruses?": the singer's own fader, said as themself
     r"\b(ride|automate) myself (up|down)\b|"
     # "do i need to sing louder or is the guitar sitting on me": the singer's own level, said as how they sing
     r"\b(i|me) ((need|have|got|gotta|should|must) )?(to )?sing (louder|harder|up|out|quieter|softer)\b|"
     # "can u make out my lead line over all the band stuff": the asker's own line over the band is their voice
     r"(?<=\bmy )lead (line|part|melody)\b(?=[^?.!]{0,40}\b(over|above|through|on top of|against) (all )?"
     r"(of )?(the |my |our )?(band|music|beat|instruments|backing|mix)\b)|"
     # the sung hook said to sink under the band ("my hook keeps drowning under the beat"): the lead vocal, no section
     r"\b(my|the|our|that) (hook|topline|top line)\b(?= (\w+ ){0,3}(drown\w*|bur(ied|y|ies|ying)|lost|swallow\w*|"
     r"mask\w*|smother\w*|disappear\w*|vanish\w*|sink\w*|sunk)\b)",
     Topic.VOCALS),
)  # fmt: skip

# complaint -> patterns: what the amateur says is wrong (or asks about), in their words
SQUASH_VERBS = r"slam\w*|crush\w*|overcook\w*|overd(id|one|oing)|hammer\w*|clobber\w*"
"""Verbs a master said to be limited too hard is said with ("slammed into the limiter", "overcooked it")."""
PROPOSED_SQUASH = rf"\b(need|needs|have|got|should (i|we)|must)( to)? ({SQUASH_VERBS}|squash\w*|smash\w*)"
"""A squash proposed, not claimed ("do i gotta slam a limiter on it?", "do i need to squash it for streaming?"): a
question of whether to get louder, which the loudness against its target answers."""
ON_TOP_WANTED = r"\b(make|get|put|have|keep|help)\b[^?.,]{0,30}?\b(to )?(sit|sits|ride|float|be|stay|go|come)? ?on top( of)?\b"
"""A part wanted on top ("make the vocal sit on top of the guitars"): where it should go, not a fault heard."""
TINNY = r"\btinn(y|ier|iness)\b|\btin can\b"
"""Thin said in bright words: a top end standing out is as likely a cause as a missing low end."""
ADD_VERBS = (
    r"add|adding|added|layer|layering|stack|stacking|throw|throwing|bring|bringing|blend|blending|sneak|sneaking|"
    r"put|putting|stick|sticking|slap|slapping|drop|dropping|record|recording"
)
"""Verbs that put a new part into the arrangement ("layering a sub synth", "throw in some strings")."""
ADD_DET = r"(a|an|some|another|an? extra|a second|a few|more|like an?|maybe an?)"
"""What comes between an adding verb and the part added ("stack a synth sub")."""
FLAT_TOP = r"flat[- ]?(on )?top(ped)?"
"""A waveform said to be flat on top: peaks limited off."""
SIDE_SAID = (
    r"\b(left|right) (side|channel|speaker|half)( of (the|my|our|this) (mix|song|track|stereo( image| field)?))? "
    r"(is |sounds |feels |seems |goes |gets |'s )?(kind of |kinda |a bit |really |so |way |pretty |totally |just )?"
    r"(hollow|empty|bare|sparse|dead|missing)\b|"
    r"\b(left|right) (side|channel|speaker|half)( of (the|my|our|this) (mix|song|track))? (is |'s )?"
    r"(kind of |kinda |just |totally |really )?(shoving|pushing|crowding|hogging|bullying|swamping|smothering|"
    r"overpowering|taking over|elbowing|steamrolling)\b"
)
"""'why is the right side of my mix so hollow?', 'the whole left side is shoving everything out the way': one side
said to have too little or too much, a lean felt (with no part named; a part's own level asked beside it, "the left
side feels empty, is the right gtr set way louder?", is that part's question)."""


COMPLAINTS: tuple[tuple[str, str], ...] = (
    (
        "loudness",
        r"loud enough|loudness|\blufs\b|spotify|streaming|apple music|youtube|quieter than (other|commercial|pro)\w*|"
        rf"{MASTER_NUMBER}|"
        # "should i master to -9 like the pros", "push it to -8": a master's loudness proposed with no unit said
        r"\b(master\w*|push\w*|crank\w*|slam\w*)( it| this| the (master|mix)| my (master|mix))?( up)? (to|at) [-−]\s?\d{1,2}\b"
        r"(?!\s*(db|dbfs|dbtp|hz|khz|%))|"
        # "how hot should the master be", "what should my true peak be": the master's level and ceiling asked for
        r"\bhow (hot|loud)\b[^?.!]{0,20}\b(master|mix|bounce|export|final|song|track)\b|\btrue[- ]?peaks?\b(?![^?.!]*"
        r"\b(clip|distort|crackl|red)\w*)|\bdbtp\b|\b(master|mix|bounce)\b[^?.!]{0,15}\bpeak(s|ing)? at\b",
    ),
    (
        "clipping",
        rf"\bclip\w*|distort\w*\b{DRIVEN_PART}|crackl\w*|\bin the red\b|\bpeaking\b(?! (at|near|around|about|like|below|under|roughly|round) -(?!0\b)\d)|\bpeaks? (out|over)\b|\boverload\w*",
    ),
    (
        "lopsided",
        r"lopsided|heav(y|ier) (on|to(wards)?) the (left|right)|\bcent(er|re)d or\b|"
        # "the whole mix is tipping to the right", "it pulls left", "skewed right": the image off centre
        r"\b(tip(s|ped|ping)?|tilt(s|ed|ing)?|drift(s|ed|ing)?|skew(s|ed|ing)?|lurch(es|ed|ing)?|slant(s|ed|ing)?|"
        r"list(s|ed|ing)?)( over| off)?( hard| way| a (bit|little|lot))?( to(wards)?( the)?)? (left|right)\b(?! (hand|guitar|gtr|side of the|of the))|"
        # "the whole mix tilts into my right ear": toward one ear or side
        r"\b(tip(s|ped|ping)?|tilt(s|ed|ing)?|drift(s|ed|ing)?|lean(s|ed|ing)?|pull(s|ed|ing)?|slant(s|ed|ing)?)"
        r"( over| off)?( hard| way| a (bit|little|lot))? (into|in ?to|toward(s)?|to) (my|the|your|ur) (left|right)"
        r"( ear| side| speaker| channel| can| headphone)\b|\b(left|right)[- ]heavy|lean(s|ing)? (hard |way |heavily |a (bit|little|lot) |slightly )?(to(wards)? )?(the )?(left|right)\b|"
        r"\b(left|right) (side|channel|speaker) (is |sounds |feels |seems )?(louder|heavier|stronger)|"
        r"off[- ]cent(er|re)d?|pull(s|ing)? to the (left|right)|"
        # "is the left louder than the right?", "is one side louder?", "balanced left to right?": the two sides
        r"\b(left|right)( side| channel| speaker)? (is |sounds? |feels? |seems? )?"
        r"(a bit |a little |way |much |slightly |a lot |quite |far |so )?(louder|heavier|stronger|quieter|softer|weaker) than (the )?(left|right)\b|"
        r"\bone (side|channel|speaker) (is |sounds |feels |seems )?"
        r"(a bit |a little |way |much |slightly |a lot |quite |far |so )?(louder|heavier|stronger|quieter|softer|weaker)\b|"
        r"\bbalanced? (from )?left (to|and|vs\.?|/|-) ?right\b|\bleft[- /](to[- ])?right balance\b|"
        # "is the stereo image balanced?", "stereo balance ok?": the two sides, not the levels of the parts
        r"\bstereo (image|field|picture|spread)? ?(is |sound |feel )?(balanced|balance|even|symmetric\w*)\b|"
        r"\b(stereo|image) (balance|symmetry)\b|"
        r"\b(mix|image|stereo image|master) (is |sounds? |feels? |sits? )?(cent(er|re)d|even(ly)? (split|spread|balanced))\b|"
        r"\bcompare (the )?left (and|with|to|vs\.?) (the )?right\b|"
        # "the left and right guitars feel unequal", "are the left and right gtrs balanced?": the two sides' parts
        # weighed against each other, a lean asked about
        r"\b(left|right) and (the )?(left|right)\b[^?.!,]{0,30}\b(unequal|uneven|unbalanced|imbalanced|mismatched|lopsided|balanced|even|equal|matched)\b|"
        # "which side is louder?", "louder on one side?", "is it heavier on the left?": the two sides again
        r"\bwhich (side|channel|speaker|ear)( of (the|my) (mix|song|track))? (is |sounds? |feels? |seems? |gets? )?"
        r"(louder|heavier|stronger|quieter|softer|weaker|hotter|more)\b|"
        r"\b(louder|heavier|stronger|quieter|softer|weaker) (on|in) (one|the (left|right)) (side|channel|speaker|ear)\b|"
        r"\b(louder|heavier|stronger) (on|in) the (left|right)\b|\blean(s|ing)? (more )?(to(wards)? )?(one|either) side\b",
    ),
    # "are the dynamics ok?", "enough dynamic range?": the mix's dynamics, which its PLR measures
    (
        "squashed",
        # "am i smashing the master?", "the waveform looks like a solid brick": a master limited flat
        r"(?<!without )(?<!without just )(?<!instead of )(?<!not )(?<!no )\bsmash(ing|ed|es)? (the |my |this |that )?(master|mix|limiter|(master |stereo |mix |2 ?)bus)\b|"
        r"\b(solid|a|like a) brick\b|\bbrick[- ]?walled\b|\bsausage\b|"
        # "are my transients getting lost?", "the transients are gone": the hits flattened, a squash claim
        r"\btransients? (are |is |getting |being |got |all )*(lost|gone|squashed|killed|flattened|smeared|dead|missing)\b|"
        # "did i overcook the limiter?", "slammed into the limiter", "crushing the mix with the limiter" (never
        # "without just slamming the master harder", a way out the asker rules out)
        rf"(?<!without )(?<!without just )(?<!instead of )(?<!not )(?<!no )\b({SQUASH_VERBS})"
        rf"\b[^?.]{{0,25}}\b(limiter|limiting|master|mix bus|2 ?bus|stereo bus)\b|\b{FLAT_TOP}\b|"
        # "the limiter on my master is slammed the entire time": a master limited hard, heard
        r"\b(limiter|master|mix bus|2 ?bus|stereo bus)\b[^?.,]{0,20}\b(is|was|'s|gets?|getting|being) (\w+ )?"
        r"(slammed|crushed|hammered|pinned|maxed|smashed|clobbered)\b|"
        r"squash(?! (it|them|the|my|that|this|those|these)\b)\w*|over[- ]?compress\w*|pumping(?![- ]?(thing|effect|vibe|feel)\b)(?! (\w+ ){0,2}(with|to|along with) (the |my |each )?kick)|no dynamics|too compressed|\bdynamics\b|dynamic range",
    ),
    # "that guitar's miles louder", "the hats are way louder": a part's state said louder by far (never "needs to be
    # louder", a raise asked for): read before "quiet", whose bare "louder" is a part wanted up
    (
        "loud",
        r"\b(is|are|'s|'re|sits?|sounds?|seems?|feels?|gets?|comes?) (the |my |our |that |this )?(\w+ ){0,2}(way|much|miles|far|heaps|"
        r"tons|loads|a lot) louder\b|"
        # "is the right gtr just set way louder?": a part's state asked as set louder by far (a fader already up there)
        r"\b(is|are|'s|'re)\b[^?.,]{0,30}\b(set|mixed|turned( up)?) (\w+ )?(way|much|miles|far|heaps|tons|loads|a lot) louder\b|"
        # "sounds like its in a different, louder room to everything else": a part heard apart and louder than the rest
        r"\bin (a|its own|some) ([\w-]+,? ){0,2}louder (room|space|place|world|zone|dimension|universe)\b|"
        # "they feel basically as loud as the lead": a supporting part level with the lead, which it should sit under
        r"\bas (loud|hot|present|upfront|up front|prominent|forward|big) as (the |my |our )?(lead|main)\b|"
        # "have i got that thing cranked?", "is the bass cranked": a part's state asked as cranked (never "i cranked
        # the snare", a move reported)
        r"\b(have|has|did) (i|we|u|you) (got|get) (that|the|my|this|it|our) ?(\w+ ){0,2}cranked\b|"
        r"\b(is|are|'s|'re) (it|that|this|they|the \w+|my \w+)( \w+)? (way |too |so |really )?cranked\b",
    ),
    # "more size": the mix feels small (a part missing, a thin low end); "bigger"/"fuller" keep their own route
    ("small", r"\bsmall(er)?\b|\btin(y|ier)\b|on (my |a )?(phone|laptop|car)|phone speakers?|\bmore size\b"),
    (
        "quiet",
        r"\blost\b|buried|\b(i|we) (just )?bury\b|(can'?t|cannot|couldn'?t) (i |you |we |u )?(really |quite |even )?(hear|make out|understand)|hard to (make out|understand)|(words|lyrics) (are |r )?hard to (follow|catch)|cannot hear|hard to hear|(can|could) (barely|hardly) (hear|make out|pick out)|barely audible|\b(kinda |kind of |a bit |a little |a touch |a tad |slightly |too |so |really |very |quite |pretty )faint\b(?! (hiss|buzz|hum|click|crackle|noise|ring|whine|rumble|distortion))|\binvisible\b|\binaudible\b|\bnon-?existent\b|too quiet|too low|too soft|drown(ed|s|ing) out\b(?! (the|my|everything|every ?thing else|the rest|it all|others)\b)|disappear\w*|hidden|\bquiet\b|not loud enough|too far back|\b(be|get|go|sound|make (it|them)) louder than\b|louder\b(?! than)|(turn|bring|push|raise|ride|shove|hike)(ing)? (\w+ ){0,3}(\d+(\.\d+)? (or \d+(\.\d+)? )?(db|dbs|decibels) )?up\b(?! (way |a bit |a little |just )?too (far|high|much)\b)|\bweak\b|get(s|ting)? lost|\b(come|go) up\b|"
        # "did i pull the vocal down too far": a level said to have gone under where it belongs
        r"\bdown (way |a bit |a little |just )?too (far|much)\b|"
        # "is the piano too far down?": the part said to sit too far under the rest
        r"\btoo far (down|under|below)\b(?! (the|a|my) (list|line|road|track ?list|page|neck|fretboard))|"
        # "is the kick as loud as in pro mixes?": a part's level held to a reference, asked as "loud enough"
        r"\bas (loud|hot|present|upfront|up front|prominent) as\b(?! (the |my |our )?(lead|main)\b)|"
        + CUT_TOO_FAR
        + "|"
        # "did i cut the horns too much", "too big a drop": a cut said to have overshot, the part now too low
        # "is one guitar quieter than the other?": a part said to sit below another (not "make it quieter")
        r"\b(is|are|'s|'re|sits?|sounds?|seems?|feels?) (\w+ ){0,3}(quieter|softer|lower) than\b|"
        r"\b(quieter|softer|lower) than (it|they|that|this|he|she) (should|ought|needs?)\b"
        # "sits way back", "kinda MIA", "hiding", "tucked away": a part said to sit behind the rest (not "hiding the
        # vocal", which covers another part, nor "pull it back", which is a cut, nor "(i) tucked the horns down", a
        # move reported as done)
        r"|\b(sits?|sitting|is|are|'s|'re|feels?|sounds?|seems?|way|too|so|really|pretty) (\w+ ){0,2}(far |way )?back\b(?! (up|off|down|a bit))"
        r"|\bin the back(ground)?\b|\bhid(e|es|ing)\b(?! (the|my|everything|it|them|other))|(?<!\bi )(?<!\bjust )(?<!\bve )\btucked\b(?! (the|my|it|them|that|this|those|these|her|his|our|both|all)\b)|\b(gets?|getting|got|is|are|being) (\w+ )?swallowed\b|\bmia\b|"
        r"missing in action|"
        # "feels a tad behind the band": a part said to sit under the rest (not "behind the beat", a timing)
        r"\b(sits?|sitting|is|are|'s|'re|feels?|sounds?|seems?) ((a|bit|tad|little|touch|lot|way|too|far|so|kinda|"
        r"really|quite|slightly|somewhat|still|just|all) ){0,3}behind\b"
        r"(?! (the |my )?(beat|click|groove|grid|tempo|time|pocket|bar|downbeat)s?\b)|"
        # "should I push it?", "can I lift them?": a raise asked for says the part sits too low, as "turn it up" does
        r"\b(should|do|can|could|would) (i|we|you) (just )?(push|lift|bump|raise|nudge) (it|them|that|this|those)\b(?! (down|back|off|out))",
    ),
    ("balance", r"\bbalanc(e|ed|ing)\b|\blevels\b"),
    (
        "clash",
        r"\bfight(s|ing|in)?\b|clash\w*|compet\w*\b(?! (on|with|against|alongside) (streaming|spotify|apple|youtube|tidal|the radio|radio|other|commercial|pro|the pros|released|real|loud)\w*)|\bwrestl\w*|\btussl\w*|\bbattl\w*|\bbutt(ing)? heads\b|\bat war\b|\bcrowd(ed|ing)\b|\bclutter\w*|\bcramped\b|\bsmear\w*|\bsmudg\w*|\bmask\w*|\bstep(s|ping)? on\b|\bstomp(s|ing|ed)? (on|all over)\b|\btug[- ]of[- ]war\b|\btread(s|ing)? (on|all over)\b|\btrampl\w*|on top of each other|fighting|\bcover(s|ing|ed)?\b(?! (song|version))|\bhid(es|ing) (the|my)\b|"
        # "everything feels stuck behind the drums": the parts held back by one part in front of them
        r"\b(stuck|trapped|hidden|hiding|caught|lost) (\w+ )?behind (the|my|our|his|her) (?!(beat|click|groove|grid|tempo|"
        r"time|pocket|bar|downbeat|band|mix|rest|others|track|song|speakers?|wall|glass|curtain|blanket)s?\b)\w+|"
        # "is the acoustic sitting on my voice?": one part laid over the voice, covering it
        r"\b(sitting|sits|sat|lying|laying|parked|piled) (right |straight )?on (top of )?(my|the|her|his|our) (voice|vocals?|vox|"
        r"singer|singing|lyrics|words)\b|"
        # "... or is a guitar sitting on it?": a part asked to lie over the one complained of
        r"\b(is|are) (a|an|one of (the|my)|the|my|some) [\w' ]{1,20}? (sitting|sits|parked|piled|lying|laying) (right )?on "
        r"(top of )?(it|them|her|him|me|us)\b|"
        # "is the guitar eating the singer?": one part eating another is a clash; eating "the whole mix" is too loud
        r"\beat(s|ing|en)? (up |away at |into )?(the |my |our )(?!(whole|mix|song|everything|track|tune|beat|thing|headroom|space|room|dynamics|punch|energy|clarity|detail|low|top)\b)\w+",
    ),
    (
        "loud",
        r"too loud|too hot|\beat(s|ing)? (up )?(the |my )?(whole )?(mix|song|everything|track|tune|beat|thing)|\boverd(o|id|one|oing)\b|(?<!mids )(a bit|a little|way|kinda|kind of|too) much\b(?! (low|bass|mud|boom|top|high|fizz|buzz|sub))(?![^?.!]{0,25}\blow[- ]?mids?\b)|overpower\w*|sticks? out|(sticking|poking|popping) out|\bleap(s|ing)? out\b|\bnothings?\b[^?.!,]{0,25}\bjump(s|ing)? out\b|(?<!sizzle )(?<!sizzles )(?<!hiss )(?<!fizz )(?<!buzz )on top of|dominat\w*|(?<!mids )too much\b(?! (low|bass|mud|boom|top|high|fizz|buzz|sub))(?![^?.!]{0,25}\blow[- ]?mids?\b)|drown(s|ing) out (the|my|everything|every ?thing else|the rest|it all|others)|drown(s|ing) (every ?thing( else)?|it all|the rest|(the|my) [\w' -]{1,20}?) out\b|too (prominent|upfront|forward)|\btoo (far |much )?(out )?(in |up )?front\b|\btoo (big|huge|large)\b|\bquieter\b|(turn|pull|bring|take|push) (\w+ ){0,3}down\b|(?<!without )(?<!without just )(?<!instead of )(?<!instead of just )(?<!than )(?<!than just )(?<!not )(turning|pulling|bringing|pushing) (\w+ ){0,3}down\b|\b(should|needs?|gotta|got to|has to|have to)\b[^?.,]{0,25}\b(come|go) (\w+ ){0,2}down\b(?! ?(\d|by|like|about|around|roughly))|(a bit|a little|way|too|kinda|kind of) on top\b|\bloud\b|"
        # "singing in front of the band instead of with them", "karaoke vibes": a voice apart from the band, too loud
        r"\bkaraoke\b|\b(singing|sitting|sits|sounds?|standing|like) (\w+ ){0,2}in front of (the |my )?(band|music|beat|"
        # "are the keys sitting right in front of the vocal?": a part placed ahead of the voice, too loud
        r"mix|rest|instruments|others|vocals?|vox|voice|singer|lead( vocals?| vox)?)\b|"
        r"\b(instead of|rather than|not) (with|inside|part of) (them|the band|the mix)\b|"
        # "the backing vocals in the hook" names a part: "backing" there is no move back
        r"\bhog(s|ging|ged)?\b|\b(pull|dial|back(?!ing (vocals?|vox|singers?|harmon\w*|tracks?|band)\b)|ease|rein)(ing)? "
        r"(\w+ ){0,2}(back|off|in)\b|"
        r"\b(is|are|'s|'re|sits?|sounds?|seems?|gets?|feels?|comes?) (\w+ ){0,2}louder than\b|\btak(e|es|ing) over\b|\bswamp\w*|\bsmother\w*|\boverwhelm\w*|\bsteamroll\w*|"
        r"(?<!\bi )(?<!\bi just )(?<!\bdid i )(?<!\bdid i just )(?<!\bi'm )(?<!\bim )(?<!\bwe )\bbur(y|ies|ying) (the|my|everything|it|them)\b|\bswallow(s|ing)? (up )?(the|my|everything|it|them)\b|(?<!\bmore )\bin (your|my|ur|the) face\b|\bmore in (your|my|ur|the) face than\b|"
        r"\b(seems?|sounds?|feels?|running|runs|a bit|a little|kind of|really|way|a touch|slightly|somewhat|pretty|quite|bit|little) hot\b|"
        # "louder than it should be", "need to come down", "sitting too high", "feels like a lot": a part's level said
        # to be over where it belongs, in words with no 'loud' of their own
        r"\blouder than (it|they|that|this|he|she) (should|ought|needs?)\b|\b(need|needs|should|could) (to )?(come|go) down\b|"
        r"\b(sitting|sits|sit|is|are|'s|'re|set|way|bit|little) too high\b|\b(feels?|sounds?|seems?) like (a lot|too much)\b|"
        # "blasting", "blaring": a part said to be far too loud; "has that fader crept up too far", "is it up too
        # high", "did i push the guitar too far": a level said to have gone past where it belongs
        r"\bblasting\b|\bblar(e|es|ing)\b|"
        # "the snare is all she can hear", "all i hear is the kick": one part over everything else
        r"\b(is|'s|are|'re) (basically |literally |just )?all (i|she|he|we|they|you|u|anyone|people) (can |could )?"
        r"hear\b|\ball (i|she|he|we|they|you|u|anyone) (can |could )?(hear|hears) is\b|"
        # "is the bass too punchy?": a quality said to be overdone is the part's hits too loud, not a lack of punch
        r"\b(too|less|not so|not as) (punchy|snappy|smacky|thumpy|aggressive)\b|\bup (way |a bit |a little |just )?too (far|high)\b(?! (left|right|back|out|apart|wide))|"
        r"\b(push|pushed|pushing|crank|cranked|cranking|jack|jacked|raise|raised|raising)\b (\w+ ){0,3}?too (far|high)\b"
        r"(?! (left|right|back|out|apart|wide))",
    ),
    # "the low end's a mess", "low end is mushy": the lows said to be unclear, which is mud
    (
        "muddy",
        # "is the vocal too warm?", "too thick": warmth overdone is a low-mid build-up
        # "too much low mids?", "are the low mids too much?", "too much going on in the low mids": the low-mid
        # build-up named by its range (never "the lows", the bass band's)
        r"\btoo much( \w+){0,3} (in )?(the )?(low[- ]?mids?|lower mids|low[- ]?mid ?range)\b|"
        r"\b(low[- ]?mids?|lower mids)( are| is|'re|'s)? (too (much|loud|heavy|thick|big)|overpowering|piling up|"
        r"building up|built up)\b|"
        r"\bmud\w*|murky|cloudy|woolly|congested|\bclog(s|ged|gy|ging)?\b|\bgunk(ed|y)?\b|\b(too|less|not so|not as) (warm|thick|full|fat)\b|\b(low[- ]?end|bottom([- ]?end)?|lows|low[- ]?mids)('s|'re| is| are)? "
        r"((is|are|feels?|sounds?|seems?|gets?|just|kinda|a bit|such|really|so|bit|total|complete|real) ){0,3}"
        r"(a (\w+ )?mess|messy|a mush|mushy|smeary|a blur|blurry|undefined)\b",
    ),
    # "no boom", "needs more thump": the low-end punch is missing, not too much of it; "zero crack", "no attack",
    # "lacks bite": the hit's front edge missing, what a drum too low in the balance sounds like first
    (
        "punch",
        r"\b(no|not enough|lacks?|lacking|missing|more|needs?|without|zero) (\w+ ){0,2}(boom|oomph|knock|slam)\b"
        rf"(?! {_TOOL_SLAMMED})|"
        r"\b(no|zero|not enough|not much|little|lacks?|lacking|missing|without|needs? more) (\w+ ){0,2}"
        r"(crack|attack|bite|snap|smack|thwack|whack)\b|"
        # "how do i eq the snare for more crack": the hit wanted, asked as more of it
        r"\b(more|extra|some) (crack|snap|smack|thwack|whack)\b|\bcrack(s)? more\b|\bcrackier\b",
    ),
    (
        "boomy",
        r"\bboom\w*|too much (low|bass|low end|bottom|sub)|rumbl\w*|\bflabby\b|"
        # "tubby", "woofy": a low end that booms and hangs on, the same excess in other words
        r"\btubb(y|ier|iness)\b|\bwoof(y|ier|iness)\b|"
        # "bloated", "heavy in the low end", "bottom-heavy", "heavy in the trunk" (the car's trunk where the subs
        # rattle): a low end that takes up too much room, said as weight
        r"\bbloat(ed|y|ing)?\b|\bbottom[- ]heavy\b|"
        r"\bheavy (in|on|down in|at) (the )?(low[- ]?end|bottom([- ]?end)?|lows|subs?|trunk|basement|low frequencies)\b|"
        # "is the mix too bassy?": too much low end said as the sound's state
        r"\bbass(y|ier|iness)\b|"
        r"\b(low[- ]?end|bottom([- ]?end)?|lows|subs?) (is |are |feels |sounds |seems |gets )?((way|too|really|kinda|so|just|a bit|a little) )*"
        r"(huge|massive|overwhelming|heavy|bloated|too big)\b|\b(low[- ]?end|bottom|lows|subs?)\b.{0,25}"
        r"\b(jump\w*|bounc\w*|uneven|inconsistent|all over the place|wobbl\w*|out of control|unruly)",
    ),
    (
        "harsh",
        r"harsh\w*|piercing|shrill|brittle|\bhurts?\b|fatigu\w*|too bright|\bsibilan\w*|ear[- ]?bleed\w*|\bsting\w*|"
        # "fizzy", "buzzy": an engineer's word for a harsh, buzzy upper top (4-8 kHz, often distortion or an amp sim)
        r"\bfizz(y|ier|iness|ing|es)?\b|\bbuzzy\b|\bbuzziness\b|\bbuzz ?saw\w*|\bbrash\w*|\bshout(y|ier|iness)\b|\bstrident\b|"
        # "screechy", "ice-picky", "grating", "abrasive": the same pain at 2-5 kHz in other words
        r"\bscreech\w*|\bice[- ]?pick\w*|\bgrating\b|\babrasive\b|\bsquawk\w*|"
        # "spitty": esses and t sounds that spit at the ear, sibilance in a word of its own
        r"\bspitt(y|ier|iness)\b|"
        # "clanky", "clangy": a metallic, clattering upper-mid edge (piano, snare, cymbals), harshness in a word
        r"\bclank(y|ier|iness|ing)?\b|\bclang(y|ier|iness|ing)?\b|"
        # "make it less bright", "too airy": a top said to be overdone, its harsh side (not "airy", a top wished for)
        r"\b(less|not so|not as) (bright|crisp|sharp|airy|sizzly|sparkly)\b|\btoo (crisp|sharp|airy|sizzly|sparkly)\b",
    ),
    # "is it bright enough?": whether the top is there, the dull side asked with its yes/no turned round
    (
        "dull",
        # "polite" beside a level asked ("bass feels a bit polite, should it be louder?") is a timid level, not a dark top,
        # as it is beside a thin word or a want of weight ("polite n skinny, could do with more weight");
        # beside a punch word ("kick n clap feel kinda polite, how do i get more smack?") the punch is asked
        r"\bdull\b|\bdark\b|muffled|lifeless|veiled|\bpolite\b(?!(?:[^?!]|\.{2,}){0,90}\b(louder|quieter|\d+ ?((or|to|-) ?\d+ ?)?db (more|up|louder|hotter)|(turn|crank|push|bump|bring|rais|lift|nudg|shov|whack|jack)\w* ((it|them|em|the \w+|my \w+) )?(up|(by |like |about )?\d+)|(bump|nudg|push|rais|lift)\w* (it|them|em)(?! (down|back|off|out)))\b)(?![^.!]{0,60}\b(punch\w*|smack\w*|snap\w*|thump\w*|slam\w*|knock|oomph|impact|hit harder)\b)(?! (n|and|&) (skinny|thin|weedy|wimpy|puny|scrawny)\b)(?![^?!]{0,80}\b(more|some|extra|bit of) (weight|body|bottom|low end|heft)\b)|no air|"
        # "the vocal feels distant", "sounds far away" (not "push it further away", a wish for depth): a sound
        # without its top end and presence, as distance sounds
        r"(?<!more )\bdistant\b|(?<!further )(?<!farther )(?<!more )\bfar away\b|not bright enough|\bairy\b|(?<!\bmid )(?<!\bmid-)(?<!\bthin )\bair\b|sparkle|"
        r"\b(bright|sparkly|crisp) enough\b|"
        # "wrapped in cling film", "under a blanket", "through a pillow": the top end gone, as a cover takes it
        r"\bcling ?film\b|\bwrapped in\b|\b(under|behind|through) (a|the) (blanket|duvet|pillow|curtain|towel|wall)\b",
    ),
    (
        "thin",
        r"\bthin\b|\bpapery\b|\btinny\b|\bwimp(y|ier|iness)\b|\bweed(y|ier|iness)\b|\bpuny\b|\bscrawny\b|\bskinny\b|(no|zero|zilch|hardly any|not much) (low end|bottom|weight|body)|lacks? (weight|low end|bottom)|not enough (bass|low end)",
    ),
    (
        "narrow",
        r"\bwid(e|er|th|en)\b|narrow|\bstereo\b|spread|\bmono\b|\bout of phase\b|\bphas(e|ey|ing)\b|"
        # "is everything bunched in the middle?": the whole mix heard in the centre
        r"\b(bunched|piled|crammed|stacked|squashed|clumped|stuck)( up)? (in|into|at) the (middle|cent(er|re))\b|"
        r"\b(everything|it all|all of it)('s| is)? (in|at) the (middle|cent(er|re))\b",
    ),
    (
        "punch",
        rf"punch\w*|hit harder|impact|\bthump\w*|\bsnap\w*|\boomph\b|\bknock\b|\bslam\w*\b(?! {_TOOL_SLAMMED})|\bsmack\w*",
    ),
    ("boxy", r"\bboxy\b|honk\w*|nasal|cardboard"),
)
