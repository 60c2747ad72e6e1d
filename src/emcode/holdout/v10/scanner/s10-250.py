from dataclasses import dataclass


@dataclass
class Reminder:
    recipient: str
    note: str
    due: str


def reminder_html(r: Reminder) -> str:
    tpl = "<p>Hi {0},</p><p>Reminder: {1}</p><p>Due {2}</p>"
    return tpl.format(r.recipient, r.note, r.due)
