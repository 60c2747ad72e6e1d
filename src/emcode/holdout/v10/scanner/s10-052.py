def notify_text(template, event):
    context = {"event": event, "app": __import__("sys").modules[__name__]}
    return template.format_map(context)
