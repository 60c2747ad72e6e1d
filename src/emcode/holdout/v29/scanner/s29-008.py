def render_notification(template, device):
    """template is set by the user in the app, e.g. '{device.name} is now {device.state}'"""
    return template.format(device=device)
