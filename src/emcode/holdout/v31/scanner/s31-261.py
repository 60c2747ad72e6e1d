from django.shortcuts import get_object_or_404, render

from collection.models import Artist


def artist_detail(request, pk):
    artist = get_object_or_404(Artist, pk=pk)
    note = request.GET.get("highlight", "")
    context = {"artist": artist, "highlight": note[:200]}
    return render(request, "collection/artist_detail.html", context)
