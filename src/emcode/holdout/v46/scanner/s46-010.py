from django.shortcuts import render
from django.utils.safestring import mark_safe

from .models import Interpreter


def profile(request, pk):
    person = Interpreter.objects.get(pk=pk)
    bio = request.GET.get("preview_bio") or person.bio
    return render(request, "interpreters/profile.html", {
        "person": person,
        "bio_html": mark_safe(bio.replace("\n", "<br>")),
    })
