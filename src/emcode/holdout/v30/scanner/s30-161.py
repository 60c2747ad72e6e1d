from html import escape


def appointment_row(patient_name, treatment, time_slot):
    cells = (patient_name, treatment, time_slot)
    return "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>"
