from django import forms
from django.contrib.auth.decorators import login_required
from django.core.validators import FileExtensionValidator
from django.shortcuts import redirect, render

from .models import ClaimDocument


class DocumentForm(forms.ModelForm):
    file = forms.FileField(validators=[FileExtensionValidator(["pdf", "jpg", "png"])])

    class Meta:
        model = ClaimDocument
        fields = ["file", "description"]

    def clean_file(self):
        f = self.cleaned_data["file"]
        if f.size > 10 * 1024 * 1024:
            raise forms.ValidationError("max 10 MB")
        return f


@login_required
def upload_document(request, claim_id):
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        doc = form.save(commit=False)
        doc.claim_id = claim_id
        doc.uploaded_by = request.user
        doc.save()
        return redirect("claim-detail", claim_id=claim_id)
    return render(request, "claims/upload.html", {"form": form})
