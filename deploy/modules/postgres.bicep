// Azure Database for PostgreSQL flexible server holding Switchboard's request store (scale-out
// requires a shared database: the embedded SQLite file cannot be shared between instances).

param location string
param tags object

@description('Administrator login. The app connects with it (see deploy/README.md about a narrower role).')
param administratorLogin string

@secure()
@description('Administrator password.')
param administratorPassword string

@description('Compute size, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@minValue(32)
param storageSizeGB int

@minValue(7)
@maxValue(35)
param backupRetentionDays int

@allowed([
  'Disabled'
  'ZoneRedundant'
  'SameZone'
])
param highAvailability string

@description('Empty for a public endpoint behind the firewall; otherwise the delegated subnet the server lives in.')
param delegatedSubnetId string

@description('Private DNS zone for the server; used with delegatedSubnetId.')
param privateDnsZoneId string

@description('Name of the server, decided by the caller so that the private DNS zone can be named after it.')
param serverName string

@description('Name of the application database.')
param databaseName string

var isPrivate = !empty(delegatedSubnetId)

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: serverName
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: '16'
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorPassword
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: highAvailability
    }
    network: isPrivate
      ? {
          delegatedSubnetResourceId: delegatedSubnetId
          privateDnsZoneArmResourceId: privateDnsZoneId
          publicNetworkAccess: 'Disabled'
        }
      : {
          publicNetworkAccess: 'Enabled'
        }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// The public shape admits Azure-hosted callers only (the 0.0.0.0 rule is Azure's convention for
// that); App Service outbound addresses change with scaling, so a narrower list would break. Any
// Azure customer's resources can still try to connect, which is why production uses PrivateVnet.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = if (!isPrivate) {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

output serverName string = server.name
output fullyQualifiedDomainName string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
