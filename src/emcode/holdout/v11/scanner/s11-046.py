import sys
from datetime import datetime


def trace_command(user_id: int, command_text: str) -> None:
    stamp = datetime.now().strftime("%H:%M:%S")
    print(f"[{stamp}] {int(user_id)} ran: {command_text!r}", file=sys.stderr)
