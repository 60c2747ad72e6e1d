def tag_cloud(tags):
    parts = []
    for label, weight in tags.items():
        parts.append('<a class="w%d" href="/tags/%s">%s</a>' % (min(weight, 5), label, label))
    return " ".join(parts)
