def appointment_row(patient_name, treatment, time_slot):
    return (
        "<tr>"
        f"<td>{patient_name}</td>"
        f"<td>{treatment}</td>"
        f"<td>{time_slot}</td>"
        "</tr>"
    )
