import html

import bleach


class RecallEmail:
    def __init__(self, clinic_name):
        self.clinic_name = html.escape(clinic_name)

    def body(self, patient_name, custom_message):
        name = html.escape(patient_name)
        msg = bleach.clean(custom_message, tags={"b", "i", "br"}, strip=True)
        return f"""
<p>Dear {name},</p>
<p>It is time for your six-monthly check-up at {self.clinic_name}.</p>
<blockquote>{msg}</blockquote>
"""
