<?xml version="1.0" encoding="UTF-8"?>
<!--
  document.xsl: an HTML5 reading view of one TEI memorandum.

    head, dateline            -> header h1, p.dateline with <time datetime>
    list[@type]               -> section.list-participants|subject with h2 and ul
    p, pb                     -> p; [Page 837] in the margin, anchor #pg_837
    note                      -> superscript link to the footnote (preview on hover/focus),
                                 footnotes in an aside with a link back; the source note set apart
    persName[@corresp]        -> link to the persons index (persons.html#p_X)
    gloss[@target]            -> abbr with the expansion from the document's terms list
    supplied                  -> span.supplied (a dash the encoder restored), titled with why
    closer, signed, table     -> footer.closer, p.signed, table

  Parameters: persons-href, contents-href, css-href (links of the static site).
  Readable without JavaScript; print CSS in the stylesheet.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">
  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:param name="persons-href" select="'persons.html'"/>
  <xsl:param name="contents-href" select="'index.html'"/>
  <xsl:param name="css-href" select="'style.css'"/>
  <!-- the site's other documents, " d350:page-name d351:page-name ": cross-references link to them -->
  <xsl:param name="pages" select="''"/>

  <xsl:key name="term" match="tei:term[@xml:id]" use="concat('#', @xml:id)"/>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <xsl:variable name="div" select="(//tei:div[@type='document'])[1]"/>
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:apply-templates select="$div/tei:head" mode="plain"/></title>
        <link rel="stylesheet" href="{$css-href}"/>
      </head>
      <body>
        <nav aria-label="site">
          <a href="{$contents-href}">Contents</a>
          <xsl:text> · </xsl:text>
          <a href="{$persons-href}">Persons</a>
        </nav>
        <main>
          <xsl:apply-templates select="//tei:div[@type='document']"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="tei:div[@type='document']">
    <article id="{@xml:id}">
      <header>
        <h1><xsl:apply-templates select="tei:head/node()"/></h1>
        <xsl:apply-templates select="tei:dateline | tei:opener/tei:dateline"/>
      </header>
      <xsl:apply-templates select="*[not(self::tei:head or self::tei:dateline)]"/>
    </article>
    <xsl:if test=".//tei:note">
      <aside class="footnotes" aria-label="footnotes">
        <h2>Notes</h2>
        <xsl:for-each select=".//tei:note[@type='source']">
          <div class="source-note" id="{@xml:id}">
            <xsl:apply-templates/>
            <xsl:text> </xsl:text>
            <a class="back" href="#{@xml:id}-ref" aria-label="back to the text">↩</a>
          </div>
        </xsl:for-each>
        <ol>
          <xsl:for-each select=".//tei:note[not(@type='source')]">
            <li id="{@xml:id}" value="{@n}">
              <xsl:apply-templates/>
              <xsl:text> </xsl:text>
              <a class="back" href="#{@xml:id}-ref" aria-label="back to the text">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </aside>
    </xsl:if>
  </xsl:template>

  <!-- a note in the text: its marker, a link to it and a preview -->
  <xsl:template match="tei:note">
    <span class="noteref-wrap">
      <sup><a class="noteref" id="{@xml:id}-ref" href="#{@xml:id}">
        <xsl:value-of select="@n"/>
      </a></sup>
      <span class="preview" role="tooltip"><xsl:apply-templates mode="plain"/></span>
    </span>
  </xsl:template>

  <xsl:template match="tei:dateline">
    <p class="dateline"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:date[@when] | tei:time[@when]">
    <time datetime="{@when}"><xsl:apply-templates/></time>
  </xsl:template>

  <xsl:template match="tei:opener">
    <div class="opener"><xsl:apply-templates select="*[not(self::tei:dateline)]"/></div>
  </xsl:template>

  <xsl:template match="tei:div[@type='document']/tei:list | tei:list[tei:head]">
    <section class="list list-{@type}">
      <xsl:if test="tei:head"><h2><xsl:apply-templates select="tei:head/node()"/></h2></xsl:if>
      <ul><xsl:apply-templates select="tei:item | tei:pb"/></ul>
    </section>
  </xsl:template>
  <xsl:template match="tei:list">
    <ul><xsl:apply-templates select="tei:item | tei:pb"/></ul>
  </xsl:template>
  <xsl:template match="tei:item[tei:hi[@rend='italic'] and not(normalize-space(text()))]">
    <li class="group"><xsl:apply-templates/></li>
  </xsl:template>
  <xsl:template match="tei:item">
    <li><xsl:apply-templates/></li>
  </xsl:template>
  <xsl:template match="tei:list/tei:pb">
    <li class="pb-item"><xsl:call-template name="pb"/></li>
  </xsl:template>

  <xsl:template match="tei:hi[@rend='italic']"><em><xsl:apply-templates/></em></xsl:template>
  <xsl:template match="tei:hi"><span class="hi"><xsl:apply-templates/></span></xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:pb" name="pb">
    <span class="pb" id="{@xml:id}">
      <a href="#{@xml:id}">[Page <xsl:value-of select="@n"/>]</a>
    </span>
  </xsl:template>

  <xsl:template match="tei:persName[@corresp] | tei:persName[@ref]">
    <a class="person" href="{$persons-href}{concat(@corresp, @ref)}"><xsl:apply-templates/></a>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <span class="supplied" title="restored by the encoder ({@reason})"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:gloss[@target]">
    <xsl:variable name="term" select="key('term', @target)"/>
    <abbr>
      <xsl:if test="$term">
        <xsl:attribute name="title">
          <xsl:value-of select="normalize-space($term/following-sibling::tei:gloss[1])"/>
        </xsl:attribute>
      </xsl:if>
      <xsl:apply-templates/>
    </abbr>
  </xsl:template>

  <xsl:template match="tei:ref[starts-with(@target, '#d')]">
    <xsl:variable name="page"
        select="substring-before(substring-after($pages, concat(' ', substring-after(@target, '#'), ':')), ' ')"/>
    <xsl:choose>
      <xsl:when test="$page"><a href="{$page}.html"><xsl:apply-templates/></a></xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:closer">
    <footer class="closer"><xsl:apply-templates/></footer>
  </xsl:template>
  <xsl:template match="tei:signed">
    <p class="signed"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:lb"><br/></xsl:template>

  <xsl:template match="tei:table">
    <table><xsl:apply-templates select="tei:row"/></table>
  </xsl:template>
  <xsl:template match="tei:row">
    <tr><xsl:apply-templates select="tei:cell"/></tr>
  </xsl:template>
  <xsl:template match="tei:cell">
    <td><xsl:apply-templates/></td>
  </xsl:template>

  <xsl:template match="tei:quote | tei:q">
    <blockquote><xsl:apply-templates/></blockquote>
  </xsl:template>
  <xsl:template match="tei:div">
    <section class="{@type}"><xsl:apply-templates/></section>
  </xsl:template>
  <xsl:template match="tei:head">
    <h2><xsl:apply-templates/></h2>
  </xsl:template>

  <!-- plain text (titles, previews): notes left out -->
  <xsl:template match="tei:note" mode="plain"/>
  <xsl:template match="tei:pb" mode="plain"/>
  <xsl:template match="*" mode="plain"><xsl:apply-templates mode="plain"/></xsl:template>
  <xsl:template match="text()" mode="plain"><xsl:value-of select="."/></xsl:template>
</xsl:stylesheet>
