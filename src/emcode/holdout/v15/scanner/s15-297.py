from django import forms
from django.core.validators import FileExtensionValidator
from django.http import JsonResponse

from .models import Document


class DocumentForm(forms.ModelForm):
    file = forms.FileField(validators=[FileExtensionValidator(["pdf", "txt", "csv"])])

    class Meta:
        model = Document
        fields = ["title", "file"]

    def clean_file(self):
        f = self.cleaned_data["file"]
        if f.size > 10 * 1024 * 1024:
            raise forms.ValidationError("file too large")
        return f


def upload(request):
    form = DocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    doc = form.save(commit=False)
    doc.owner = request.user
    doc.save()
    return JsonResponse({"id": doc.id}, status=201)
