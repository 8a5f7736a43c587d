"""A lean is not a fault. A yes/no asked of the whole mix ("are we good?", "anything sticking out?", "it's done
right?", "is it harsh?") on a session whose worst finding is only a lean (a remark sized "act only if you hear
it") gets the no-fault verdict first, and the lean after it as "at most": an engineer does not answer "are we
good?" with "not quite" over something that may be taste. A session with a real fault keeps its answer, and so
does a question about a part, a region or a technique (their own paths size the lean for what was asked)."""

from __future__ import annotations

import re

from companion.context import Finding, MixContext
from model.evidence import ranked_problems
from model.focus import Focus
from model.good_or_fault import BAD_STATE, FAULT_SIDE, good_first
from model.intent import SENT_OFF, Intent, Wants, ready_head
from model.intent_claim import mix_claim
from model.intent_forms import MIX_SUBJECT, READY_Q
from model.intent_wants import ANY_FIRST_OR_GOOD
from model.intent_yes_no import takes_yes_no
from model.lean_only import GOOD_TO_GO, optional_move
from model.phrasing import MAX_WORDS, Answer, capital, first_sentence, fit, lower_first
from model.recipes import recipe
from model.spectrum_regions import region_of

DONE_Q = re.compile(
    rf"\b(we|we'?re|i'?m|am i|are we|it'?s|is {MIX_SUBJECT}|all|you|can i call (it|this))\s+"
    r"(all )?(good|done|finished|fine|ok|okay|alright|set|there|ready|sorted|a wrap)\b|"
    r"\b(need|needs) (more |any more |much more |extra )?(work|fixing|changes|tweaking)\b|"
    # "rough mix or done?", "done or nah": done offered as one side of a choice
    r"\bor (done|finished|ready|good to go)\W*$|^\W*(done|finished|ready) or (not|nah|no|nope|what)\b",
    re.IGNORECASE,
)
"""Whole-mix state in the asker's words: "we good or nah", "it's done right?", "all good or?", "be honest, is it
good", "does it need more work?": a yes or no on the mix as a whole, whatever tail follows."""


def asks_fault(intent: Intent) -> bool:
    """True when the question asks whether something is wrong, in fault words or whole-mix claim words ("does it
    feel kinda empty?", "too busy?"), or names a fault as what it asks about ("anything way too loud?", "is it
    harsh?"): with nothing off, its answer is a no, never a "Yes" before "nothing needs fixing"."""
    # "good enough to hand off or is some part jumping out?": the ready ask, its "off" the mix leaving
    q = SENT_OFF.sub("sent", ready_head(intent.question))
    if FAULT_SIDE.search(q) is not None or mix_claim(q) is not None:
        return True
    if BAD_STATE.search(q) is not None and GOOD_STATE.search(q) is None:
        return True  # "is this mix amateur sounding?": a bad state asked, so nothing off is a no
    return intent.complaint is not None and not (intent.asks_ok or intent.enough)  # "loud enough?": a yes


ANYTHING_Q = re.compile(
    r"^\s*(so |ok |and |but |honestly,? |be honest,? )?(is there |are there )?anything\b", re.IGNORECASE
)
"""'anything bugging you?', 'anything off?': the auxiliary left out, still a yes or no on the whole mix."""
NEGATED = re.compile(
    r"^\s*(so |ok |and |but )?(so )?(nothing|no) (\w+ )?(wrong|to fix|off|problems?|issues?)\b", re.IGNORECASE
)
"""'nothing wrong with it, right?': a fault found answers "not quite", not "yes"."""
NOTHING_AT_ALL = re.compile(
    r"^\s*((so|really|wait|honestly|seriously|ok|okay|huh)\W+)*(nothing|no (problems?|issues?|faults?))"
    r"( at all| else| whatsoever| wrong| to (fix|change))?\W*$",
    re.IGNORECASE,
)
"""'so nothing at all?', 'really? nothing?': the clean verdict checked back; right when nothing is off, "not
quite" and the fault when one is."""

FAULT_OPENING = re.compile(
    r"^(Not quite|Yes|Yeah|A bit|Maybe|Possibly|One thing|First thing I notice|What jumps out|"
    r"Main thing|On the mix|Happy to\. Better how)\b(?!, you can bounce)"
)
"""Openings that give a lean the weight of a fault (or ask back what "good" means when the mix is asked)."""


CLEAN_UNSAID = "Honestly, nothing in the numbers"
"""The clean answer's opening when no verdict was put in front of it."""


def _whole_mix_yes_no(focus: Focus) -> bool:
    """True when the question is a yes/no on the whole mix: no part, region or technique asked about."""
    intent = focus.intent
    if intent.instruments or intent.technique or intent.should or intent.asks_raise or intent.more:
        return False
    if intent.wants not in (Wants.JUDGE, Wants.LISTEN) or region_of(intent.question) is not None:
        return False
    if ANYTHING_Q.search(intent.question) and FAULT_SIDE.search(intent.question):
        return True  # "anything bugging you in this one?": a yes or no with no auxiliary
    if NOTHING_AT_ALL.search(intent.question):
        return True  # "so nothing at all?": the clean verdict asked back
    return DONE_Q.search(intent.question) is not None or (
        intent.wants == Wants.JUDGE and takes_yes_no(intent.question, intent.tag)
    )


def lean_not_fault(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """``ans`` with the no-fault verdict first when the session's worst finding is a lean and the whole mix was
    asked yes or no; unchanged otherwise."""
    if ctx.analysis is None or not _whole_mix_yes_no(focus):
        return ans
    intent = focus.intent
    lean = ans.first if ans.first is not None and ans.first.is_lean else None
    body = FAULT_OPENING.sub("", ans.text, count=1).lstrip(":,. ")
    said_first = lean is not None and body.lower().startswith(lean.summary[:24].lower())
    if intent.complaint is not None and said_first and FAULT_OPENING.match(ans.text):
        # "is it harsh?" when it only leans that way: a little, not a plain yes, then the lean as measured (an
        # answer that leads with something else, "no track's level stands out", keeps its own verdict)
        ans.text = f"A little: {lower_first(body)}"
        return ans
    problems = ranked_problems(ctx, focus.session)
    if not problems:
        return _clean_verdict(ctx, focus, ans)
    if not all(p.is_lean for p in problems):
        return _fault_verdict(ctx, focus, ans)  # a real fault measured: the answer that names it stands
    if _said_no_to_done(intent.question, ans):
        return _at_most(focus, problems[0], intent)
    if not FAULT_OPENING.match(ans.text):
        return ans
    if ans.first is not None and not ans.first.is_lean:
        return ans
    if ans.first is None and not ans.text.startswith("Happy to."):
        return ans  # a path that answered something else (loudness, width): not a lean's verdict
    if intent.complaint is not None:
        return ans
    return _at_most(focus, problems[0], intent)


LABEL_OPENING = re.compile(
    r"^(First thing I notice|What jumps out|Main thing|On the mix|Yes, one thing|Not quite, one thing):\s+"
)
"""Openings that say where the answer looks (or a verdict in one polarity) before the fault it names."""


GOOD_STATE = re.compile(
    r"\b(good|great|expensive|pro|professional|polished|clean|clear|tight|punchy|full|big|balanced|ready|translate|"
    r"breathe|breathes|hit|hits|bang|bangs|slap|slaps|knock|knocks|glue|glued|gel|gels|cohesive|radio|"
    r"commercial|competitive|release|finished|work|works|pop|pops)\b",
    re.IGNORECASE,
)
"""A good state a whole mix is asked to have ("does it sound expensive?", "will it translate?", "does the groove
hit?"): a fault measured makes the answer a no ("Not quite"), never a bare label."""


def _fault_verdict(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """A real fault measured and "are we done?" (or "nothing wrong, right?") asked in any words: not quite (yes, to "does it need more
    work?"), then the fault, not a question back about what "good" means nor a label with no verdict."""
    question = focus.intent.question
    # "does it sound expensive?", "will it translate?": a good state asked yes or no, a fault found is a no
    good_asked = (
        focus.intent.complaint is None
        and FAULT_SIDE.search(question) is None
        and GOOD_STATE.search(question) is not None
        and BAD_STATE.search(question) is None
        and takes_yes_no(question, focus.intent.tag)
    )
    relabel_only = good_asked and not ans.text.startswith("Happy to.")  # a label turned, no answer built
    checked_back = NOTHING_AT_ALL.search(question) is not None  # "so nothing at all?" with a fault: not quite
    # "is the mix solid enough to hand off or is some part jumping out?": ready asked first, a fault is not quite
    ready_first = READY_Q.search(question.partition(" or ")[0]) is not None
    if (
        DONE_Q.search(question) is None
        and NEGATED.search(question) is None
        and not (relabel_only or checked_back or ready_first)
    ):
        return ans  # "anything off?", "does it feel empty?": their own paths already answer a fault found
    fault_side = (
        FAULT_SIDE.search(SENT_OFF.sub("sent", question)) is not None
        and NEGATED.search(question) is None
        and not (checked_back or ready_first)
    )
    head = "Yes, one thing:" if fault_side else "Not quite, one thing:"
    if ans.text.startswith("Happy to."):
        from model.answer import (
            problems_answer,
        )  # the orchestrator's fault answer; imported here to avoid a cycle

        ans = problems_answer(ctx, focus.session, focus.intent, opener=head)
    m = LABEL_OPENING.match(ans.text)
    if m is not None and m.group(1).endswith("one thing") and fault_side and DONE_Q.search(question):
        return ans  # "can I bounce it or does something need fixing?": both sides asked, its verdict stands
    if m is not None and ans.first is not None and ans.first.is_problem:
        ans.text = f"{head} {ans.text[m.end() :]}"
    return ans


def _said_no_to_done(question: str, ans: Answer) -> bool:
    """True when "is it finished or what" got "No, nothing needs fixing": a no to whether it is done, said where
    the no meant nothing is wrong."""
    no_fault = ans.text.startswith(("No, nothing needs fixing", "No. " + CLEAN_UNSAID))
    return no_fault and DONE_Q.search(question) is not None and FAULT_SIDE.search(question) is None


_WHAT_STANDS_OUT = re.compile(r"\bwhat (stands|jumps|sticks|pops|leaps) out\b", re.IGNORECASE)
"""The open ask of what is heard first, beside a claim that would otherwise take the yes or no."""


def _at_most(focus: Focus, lean: Finding, intent: Intent) -> Answer:
    """The no-fault verdict in the question's polarity, then the lean as "at most" and its move if heard."""
    move = recipe(lean, focus.session)
    head = "No, nothing needs fixing." if asks_fault(intent) else "Yes, you're good: nothing needs fixing."
    if NOTHING_AT_ALL.search(intent.question):
        head = "Right, nothing needs fixing."
    if (good := good_first(intent.question)) is not None:
        head = f"{capital(good)}, as far as I can measure: nothing needs fixing."
    if _WHAT_STANDS_OUT.search(intent.question) and good is None:
        # "what stands out? my drummer says it sounds amateur": the open ask answered, not a bare "No"
        head = "Only a lean stands out, nothing that needs fixing."
    text = fit(
        [f"{head} At most, {lower_first(first_sentence(lean.summary))}",
         f"If you hear it: {lower_first(move.try_text)}", move.check_text],
        MAX_WORDS,
        keep=2,
    )  # fmt: skip
    return Answer(text, [optional_move(move)], lean)


def _clean_verdict(ctx: MixContext, focus: Focus, ans: Answer) -> Answer:
    """Nothing measured at all: "we good?" asked back as "better how?", or the clean answer said without its
    verdict ("all good or?"), gets its plain yes (or no)."""
    if _said_no_to_done(focus.intent.question, ans):
        head = f"{GOOD_TO_GO}. " if ANY_FIRST_OR_GOOD.search(focus.intent.question) else "Yes. "
        ans.text = head + ans.text.removeprefix("No. ")
        return ans
    if not (ans.text.startswith("Happy to.") or ans.text.startswith(CLEAN_UNSAID)):
        return ans
    from model.answer import sounds_fine  # the orchestrator's clean answer; imported here to avoid a cycle

    good = good_first(focus.intent.question)
    verdict = f"{capital(good)}, as far as I can measure. " if good else None
    if NOTHING_AT_ALL.search(focus.intent.question):
        verdict = "Right. "  # "so nothing at all?": nothing, confirmed
    if ANY_FIRST_OR_GOOD.search(focus.intent.question):
        # "anything to fix first or are we good?": both sides answered, never a bare "Yes"
        verdict = f"{GOOD_TO_GO}. "
    if verdict is None and _WHAT_STANDS_OUT.search(focus.intent.question):
        # "be brutally honest, what stands out? my drummer says it sounds amateur": the open ask answered, not a
        # bare "No." to the claim beside it
        verdict = "Not much stands out. "
    return sounds_fine(ctx, verdict=verdict or ("No. " if asks_fault(focus.intent) else "Yes. "))
