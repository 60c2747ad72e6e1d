import sys
from datetime import datetime


def trace_command(user_id, command_text):
    stamp = datetime.now().strftime("%H:%M:%S")
    print("[" + stamp + "] " + str(user_id) + " ran: " + command_text, file=sys.stderr)
