import sys
import time


class MiniLogger:
    def __init__(self, name):
        self.name = name

    def event(self, kind, detail):
        sys.stderr.write("[%s] %s %s: %s\n" % (time.strftime("%H:%M:%S"), self.name, kind, detail))


def on_chat_message(log, sender, text):
    log.event("msg", "%s says %s" % (sender, text))
