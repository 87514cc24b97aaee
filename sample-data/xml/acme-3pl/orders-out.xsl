<?xml version="1.0" encoding="UTF-8"?>
<!--
  Outbound: CartBridge WarehouseOrders (urn:cartbridge:warehouse:1) to the Acme 3PL order layout,
  <Orders><Order><OrderHeader>...<OrderLines><OrderLine>. Acme wants dates without time, the
  carrier and service as attributes of ShipVia, and the SKU and UPC as elements of their own.
-->
<xsl:stylesheet version="3.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:xs="http://www.w3.org/2001/XMLSchema"
                xmlns:cb="urn:cartbridge:warehouse:1"
                exclude-result-prefixes="xs cb">

  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <!-- Acme's id for the shop; defaults to our sender id -->
  <xsl:param name="client" as="xs:string" select="string(/cb:WarehouseOrders/cb:Header/cb:Sender)"/>

  <xsl:template match="/cb:WarehouseOrders">
    <Orders batch="{cb:Header/cb:ControlNumber}" client="{$client}" created="{cb:Header/cb:Created}">
      <xsl:apply-templates select="cb:Order"/>
    </Orders>
  </xsl:template>

  <xsl:template match="cb:Order">
    <Order>
      <OrderHeader>
        <OrderNo><xsl:value-of select="cb:OrderNumber"/></OrderNo>
        <CustomerRef><xsl:value-of select="(cb:CartOrderId, cb:OrderNumber)[1]"/></CustomerRef>
        <xsl:if test="cb:OrderDate">
          <OrderDate><xsl:value-of select="substring(cb:OrderDate, 1, 10)"/></OrderDate>
        </xsl:if>
        <ShipVia carrier="{cb:Shipping/cb:Carrier}" service="{cb:Shipping/cb:Service}"/>
        <xsl:if test="cb:CustomerNote">
          <Instructions><xsl:value-of select="cb:CustomerNote"/></Instructions>
        </xsl:if>
        <ShipTo>
          <Name><xsl:value-of select="cb:ShipTo/cb:Name"/></Name>
          <Company><xsl:value-of select="cb:ShipTo/cb:Company"/></Company>
          <Address1><xsl:value-of select="cb:ShipTo/cb:Line1"/></Address1>
          <Address2><xsl:value-of select="string-join((cb:ShipTo/cb:Line2, cb:ShipTo/cb:Line3), ', ')"/></Address2>
          <City><xsl:value-of select="cb:ShipTo/cb:City"/></City>
          <Region><xsl:value-of select="cb:ShipTo/cb:State"/></Region>
          <Zip><xsl:value-of select="cb:ShipTo/cb:PostalCode"/></Zip>
          <CountryCode><xsl:value-of select="cb:ShipTo/cb:Country"/></CountryCode>
          <Phone><xsl:value-of select="cb:ShipTo/cb:Phone"/></Phone>
          <Email><xsl:value-of select="cb:ShipTo/cb:Email"/></Email>
        </ShipTo>
      </OrderHeader>
      <OrderLines>
        <xsl:for-each select="cb:Line">
          <OrderLine lineNo="{cb:LineNumber}">
            <Sku><xsl:value-of select="cb:ItemId[@kind = ('SellerSku', 'WarehouseItem')][1]"/></Sku>
            <xsl:if test="cb:ItemId[@kind = 'Gtin']">
              <Upc><xsl:value-of select="cb:ItemId[@kind = 'Gtin'][1]"/></Upc>
            </xsl:if>
            <Description><xsl:value-of select="cb:Description"/></Description>
            <Qty uom="{(cb:Unit, 'EA')[1]}"><xsl:value-of select="cb:Quantity"/></Qty>
          </OrderLine>
        </xsl:for-each>
      </OrderLines>
    </Order>
  </xsl:template>
</xsl:stylesheet>
