def no_results_page(term, suggestions=()):
    tips = "".join("<li>%s</li>" % s for s in suggestions)
    return """<section>
  <p>No results for "%s".</p>
  <ul>%s</ul>
</section>""" % (term, tips)
