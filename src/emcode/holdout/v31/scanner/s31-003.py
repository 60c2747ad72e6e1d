from django.http import JsonResponse

from collection.models import Artwork


def artworks_by_artist(request):
    artist = request.GET.get("artist", "")
    base = "SELECT id, title, year FROM collection_artwork WHERE "
    condition = "artist_name LIKE '%%" + artist + "%%'"
    qs = Artwork.objects.raw(base + condition)
    return JsonResponse({"results": [{"id": a.id, "title": a.title, "year": a.year} for a in qs]})
