from django.shortcuts import get_object_or_404, render

from .models import Curator


def curator_profile(request, pk):
    curator = get_object_or_404(Curator, pk=pk)
    note = request.GET.get("highlight", "")
    return render(request, "curators/profile.html", {"curator": curator, "note": note})
