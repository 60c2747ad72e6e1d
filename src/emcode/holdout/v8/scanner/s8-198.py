import time


def log_device_event(logfile, device_name, event):
    line = "%s device=%s event=%s\n" % (time.strftime("%Y-%m-%dT%H:%M:%S"), device_name, event)
    with open(logfile, "a") as f:
        f.write(line)
