from markupsafe import Markup


def drone_popup(callsign, remark):
    return Markup(f"<div class='popup'><b>{callsign}</b><br>{remark}</div>")
