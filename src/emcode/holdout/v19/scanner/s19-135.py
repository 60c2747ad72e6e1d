import bleach
from django.shortcuts import render
from django.utils.safestring import mark_safe
from .forms import SignatureForm


def signature_preview(request):
    form = SignatureForm(request.POST or None)
    preview = ""
    if form.is_valid():
        cleaned = bleach.clean(form.cleaned_data["signature"], tags=["b", "i", "br"], attributes={}, strip=True)
        preview = mark_safe(cleaned)
    return render(request, "signature.html", {"form": form, "preview": preview})
