from django.shortcuts import render


def search(request):
    q = request.GET.get("q", "")
    results = [] if not q else [{"title": f"Result for {q}", "score": 1.0}]
    return render(request, "search/results.html", {"q": q, "results": results})
