def appointment_card(patient_name, dentist, when):
    return (
        '<div class="appt">'
        f"<strong>{patient_name}</strong> with {dentist}<br>"
        f"<time>{when:%d %b %Y %H:%M}</time>"
        "</div>"
    )
