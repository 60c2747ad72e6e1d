from django.shortcuts import render
from django.utils.safestring import mark_safe
from .forms import SignatureForm


def signature_preview(request):
    form = SignatureForm(request.POST or None)
    preview = ""
    if form.is_valid():
        preview = mark_safe(form.cleaned_data["signature"])
    return render(request, "signature.html", {"form": form, "preview": preview})
