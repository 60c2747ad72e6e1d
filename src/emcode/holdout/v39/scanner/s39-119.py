from django.shortcuts import render
from django.utils.safestring import mark_safe

from .models import Curator


def curator_profile(request, pk):
    curator = Curator.objects.get(pk=pk)
    note = request.GET.get("highlight", "")
    intro = mark_safe(f"<em>{note}</em> " + curator.display_name)
    return render(request, "curators/profile.html", {"curator": curator, "intro": intro})
