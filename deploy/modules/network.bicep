// Private network for the production shape: the web app reaches PostgreSQL through VNet integration,
// and the database has no public endpoint at all. Used only when postgresNetwork is 'PrivateVnet'.

param namePrefix string

@description('Name of the virtual network; the caller builds subnet ids from it.')
param vnetName string

param location string
param tags object

@description('Address space of the virtual network.')
param addressPrefix string = '10.40.0.0/16'

@description('Private DNS zone the PostgreSQL flexible server registers its address in.')
param postgresDnsZoneName string

var appSubnetPrefix = cidrSubnet(addressPrefix, 24, 0)
var databaseSubnetPrefix = cidrSubnet(addressPrefix, 24, 1)

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: vnetName
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: 'database'
        properties: {
          addressPrefix: databaseSubnetPrefix
          delegations: [
            {
              name: 'postgres'
              properties: {
                serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers'
              }
            }
          ]
        }
      }
    ]
  }
}

// The flexible server registers its private address in this zone; the web app resolves the server's
// usual host name to it through the zone's link to the network.
resource dnsZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: postgresDnsZoneName
  location: 'global'
  tags: tags
}

resource dnsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: dnsZone
  name: '${namePrefix}-vnet-link'
  location: 'global'
  tags: tags
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}

output vnetName string = vnet.name
output dnsLinkId string = dnsLink.id
