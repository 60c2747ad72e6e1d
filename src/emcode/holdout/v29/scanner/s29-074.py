from string import Template


def render_notification(template, device):
    """template is set by the user in the app, e.g. '$name is now $state'"""
    return Template(template).safe_substitute(name=str(device.name), state=str(device.state))
