from django import forms
from django.core.validators import FileExtensionValidator
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render

from .models import Artwork


class ScanForm(forms.Form):
    scan = forms.FileField(validators=[FileExtensionValidator(["jpg", "jpeg", "png", "tif"])])


@login_required
def upload_scan(request, pk):
    form = ScanForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        art = get_object_or_404(Artwork, pk=pk, curator=request.user)
        art.scan.save(f"scan-{pk}.{form.cleaned_data['scan'].name.rsplit('.', 1)[-1]}", form.cleaned_data["scan"])
        return redirect("artwork", pk=pk)
    return render(request, "artworks/upload.html", {"form": form})
