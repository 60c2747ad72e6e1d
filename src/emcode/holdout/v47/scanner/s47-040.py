import re

from django import forms

LOT_CODE = re.compile(r"[A-Z]{2,4}-\d{3,6}")


class ConsignmentForm(forms.Form):
    lot_code = forms.CharField(max_length=16)
    title = forms.CharField(max_length=200)
    reserve = forms.DecimalField(min_value=0, max_digits=10, decimal_places=2)

    def clean_lot_code(self):
        code = self.cleaned_data["lot_code"].upper()
        if not LOT_CODE.fullmatch(code):
            raise forms.ValidationError("Lot code must look like CB-1042")
        return code
