from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from collection.models import Artist


def artist_detail(request, pk):
    artist = get_object_or_404(Artist, pk=pk)
    note = request.GET.get("highlight", "")
    intro = mark_safe(f"<p class='lead'>{artist.name}</p><p><mark>{note}</mark></p>")
    return render(request, "collection/artist_detail.html", {"artist": artist, "intro": intro})
