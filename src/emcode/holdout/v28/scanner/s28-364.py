from django import forms
from django.core.validators import FileExtensionValidator
from django.shortcuts import redirect, render

from .models import VaccinationCertificate


class CertificateForm(forms.Form):
    pet_id = forms.IntegerField()
    document = forms.FileField(validators=[FileExtensionValidator(["pdf", "jpg", "png"])])


def upload_certificate(request):
    form = CertificateForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        doc = form.cleaned_data["document"]
        if doc.size > 5 * 1024 * 1024:
            form.add_error("document", "File too large")
        else:
            VaccinationCertificate.objects.create(pet_id=form.cleaned_data["pet_id"], file=doc)
            return redirect("certificates")
    return render(request, "certificates/upload.html", {"form": form})
