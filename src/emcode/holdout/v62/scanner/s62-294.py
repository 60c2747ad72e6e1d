import sys
import time


def log_valve_command(operator, zone, command):
    sys.stderr.write("%s operator=%s zone=%s cmd=%s\n" % (time.strftime("%H:%M:%S"), operator, zone, command))
