from django import forms
from django.core.validators import FileExtensionValidator


class SurveyUploadForm(forms.Form):
    site = forms.CharField(max_length=80)
    data = forms.FileField(validators=[FileExtensionValidator(["csv"])])

    def clean_data(self):
        f = self.cleaned_data["data"]
        if f.size > 5 * 1024 * 1024:
            raise forms.ValidationError("CSV larger than 5 MB; split it into parts")
        return f
