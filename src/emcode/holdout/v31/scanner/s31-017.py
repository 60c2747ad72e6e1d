from django.http import HttpResponse

from listings.exports import listing_csv


def export_listing(request, slug):
    data = listing_csv(slug)
    resp = HttpResponse(data, content_type="text/csv")
    resp["Content-Disposition"] = f'attachment; filename="{slug}.csv"'
    return resp

# urls.py: path("listings/<slug:slug>/export/", export_listing)
