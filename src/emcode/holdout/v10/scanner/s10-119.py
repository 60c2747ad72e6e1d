from dataclasses import dataclass
import html
import bleach


@dataclass
class Reminder:
    recipient: str
    note: str


def reminder_html(r: Reminder) -> str:
    who = html.escape(r.recipient)
    note = bleach.clean(r.note, tags=[], strip=True)
    return "<p>Hi {0},</p><p>Reminder: {1}</p>".format(who, note)
