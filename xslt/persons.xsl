<?xml version="1.0" encoding="UTF-8"?>
<!--
  persons.xsl: the persons index of a corpus.

  Input: a teiCorpus whose teiHeader holds the register (listPerson/person[@xml:id]); each
  mention carries te:document (its page name), te:title and, on a person's first mention on a page, te:page, which
  tei_encoder.views.corpus adds to its working copy so no lookup walks the whole corpus.
  Output: one entry per person mentioned at least once, with the register's description,
  the number of documents and mentions, and for each document a link and its pages.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:te="urn:x-tei-encoder:view"
    exclude-result-prefixes="tei te">
  <xsl:output method="html" encoding="UTF-8" indent="no"/>
  <xsl:param name="contents-href" select="'index.html'"/>
  <xsl:param name="css-href" select="'style.css'"/>

  <!-- mentions carry te:document (header names do not); a plain pattern keeps libxslt fast -->
  <xsl:key name="mention" match="tei:persName[@te:document]" use="@corresp"/>
  <xsl:key name="mention-in-document" match="tei:persName[@te:document]"
      use="concat(@corresp, '|', @te:document)"/>

  <xsl:template match="/">
    <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;&#10;</xsl:text>
    <html lang="en">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>Persons</title>
        <link rel="stylesheet" href="{$css-href}"/>
      </head>
      <body>
        <nav aria-label="site">
          <a href="{$contents-href}">Contents</a>
          <xsl:text> · </xsl:text>
          <a href="persons.html">Persons</a>
        </nav>
        <main>
          <h1>Persons</h1>
          <dl class="persons">
            <xsl:for-each select="/tei:teiCorpus/tei:teiHeader//tei:person[key('mention', concat('#', @xml:id))]">
              <xsl:sort select="tei:persName/tei:surname"/>
              <xsl:sort select="tei:persName/tei:forename"/>
              <xsl:call-template name="person"/>
            </xsl:for-each>
          </dl>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="person">
    <xsl:variable name="ref" select="concat('#', @xml:id)"/>
    <xsl:variable name="mentions" select="key('mention', $ref)"/>
    <!-- the first mention in each document (Muenchian grouping on @te:document) -->
    <xsl:variable name="firsts" select="$mentions[generate-id() =
        generate-id(key('mention-in-document', concat($ref, '|', @te:document))[1])]"/>
    <xsl:variable name="docs" select="$firsts"/>
    <dt id="{@xml:id}">
      <span class="name">
        <xsl:value-of select="tei:persName/tei:surname"/>
        <xsl:if test="tei:persName/tei:forename">
          <xsl:text>, </xsl:text>
          <xsl:value-of select="tei:persName/tei:forename"/>
        </xsl:if>
      </span>
      <xsl:text> </xsl:text>
      <span class="counts" data-documents="{count($docs)}" data-mentions="{count($mentions)}">
        <xsl:value-of select="concat('(', count($docs), ' document')"/>
        <xsl:if test="count($docs) != 1">s</xsl:if>
        <xsl:value-of select="concat(', ', count($mentions), ' mention')"/>
        <xsl:if test="count($mentions) != 1">s</xsl:if>
        <xsl:text>)</xsl:text>
      </span>
    </dt>
    <dd>
      <xsl:if test="tei:note">
        <p class="description"><xsl:value-of select="tei:note"/></p>
      </xsl:if>
      <ul class="occurrences">
        <xsl:for-each select="$firsts">
          <xsl:variable name="here" select="key('mention-in-document', concat($ref, '|', @te:document))"/>
          <li>
            <a href="{@te:document}.html">
              <xsl:value-of select="@te:title"/>
            </a>
            <xsl:value-of select="concat(' (', count($here), ')')"/>
            <xsl:for-each select="$here[@te:page]">
              <xsl:text> </xsl:text>
              <a class="page" href="{@te:document}.html#pg_{@te:page}">p. <xsl:value-of select="@te:page"/></a>
            </xsl:for-each>
          </li>
        </xsl:for-each>
      </ul>
    </dd>
  </xsl:template>
</xsl:stylesheet>
