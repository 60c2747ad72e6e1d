from html import escape


def appointment_card(patient_name, dentist, when):
    return (
        '<div class="appt">'
        f"<strong>{escape(patient_name)}</strong> with {escape(dentist)}<br>"
        f"<time>{when:%d %b %Y %H:%M}</time>"
        "</div>"
    )
