from django.http import JsonResponse

from collection.models import Artwork


def artworks_by_artist(request):
    artist = request.GET.get("artist", "")
    base = "SELECT id, title, year FROM collection_artwork WHERE "
    condition = "artist_name LIKE %s"
    pattern = "%" + artist + "%"
    qs = Artwork.objects.raw(base + condition, [pattern])
    return JsonResponse({"results": [{"id": a.id, "title": a.title, "year": a.year} for a in qs]})
