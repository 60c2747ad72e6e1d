def format_event(fmt, event):
    return fmt % event
